import { css } from 'lit';

/** The issued notice, on screen as a sheet of paper, and on paper black on white (A4 or A5). */
export const noticeStyles = css`
  .notice {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    border: 1px solid var(--manyi-color-border);
    border-radius: 0.25rem;
    padding-block: 1.5rem;
    padding-inline: clamp(1rem, 4vw, 2.5rem);
  }
  .notice-header {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    text-align: center;
  }
  .notice-header h2 {
    font-size: 1.6em;
    letter-spacing: 0.08em;
  }
  .notice-header .subtitle {
    display: block;
    font-size: 0.6em;
    font-weight: 500;
    letter-spacing: normal;
  }
  .notice-no {
    align-self: flex-end;
  }
  .notice-no .number {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
  }
  .notice dl {
    margin: 0;
  }
  .notice-parties,
  .notice-issuer {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 0.25rem 1.5rem;
  }
  .notice-line {
    display: flex;
    gap: 0.5rem;
  }
  .notice-line.wide {
    grid-column: 1 / -1;
  }
  .notice-line dt {
    flex: none;
    font-weight: 650;
  }
  .notice-line dd {
    margin: 0;
  }
  .notice-terms {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .notice-line.legal dd {
    font-size: 0.9em;
  }
  .notice-items {
    margin: 0;
    padding-inline-start: 1.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .notice-item {
    padding-block: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--manyi-color-border);
  }
  .notice-item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.75rem;
  }
  .notice-item-head .material-name {
    font-weight: 700;
  }
  /* The problem is written out, not only coloured: a black-and-white print must still say it. */
  .badge {
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    padding-inline: 0.4rem;
    font-size: 0.85em;
    font-weight: 600;
  }
  .problem-defective .badge {
    color: var(--manyi-color-error);
  }
  .notice-item-detail .label {
    font-weight: 600;
  }
  .notice-item .facts {
    margin-block-start: 0.125rem;
  }
  .notice-footer {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 1rem 1.5rem;
    align-items: start;
  }
  .notice-issuer {
    grid-template-columns: 1fr;
  }
  .notice-qr {
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.8em;
  }
  .qr {
    inline-size: 8rem;
    block-size: 8rem;
  }
  .qr-light {
    fill: #fff;
  }
  .qr-dark {
    fill: #000;
  }
  .signature {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 2rem;
    padding-block-start: 1rem;
  }
  .signature p {
    display: flex;
    align-items: flex-end;
    gap: 0.25rem;
  }
  .signature .blank {
    display: inline-block;
    inline-size: 10em;
    border-block-end: 1px solid currentColor;
    block-size: 1.5em;
  }

  @media print {
    :host {
      --manyi-color-text: #000;
      --manyi-color-surface: #fff;
      --manyi-color-muted: #000;
      --manyi-color-border: #000;
      --manyi-color-error: #000;
      --manyi-font-size: 11pt;
      color-scheme: light;
      color: #000;
      background: #fff;
    }
    .base {
      padding: 0;
      max-inline-size: none;
    }
    .actions,
    button {
      display: none !important;
    }
    .notice {
      border: 0;
      padding: 0;
      gap: 0.6em;
      line-height: 1.4;
    }
    .notice-items {
      gap: 0.25em;
    }
    .notice-item {
      padding-block: 0.1em 0.3em;
    }
    .signature {
      padding-block-start: 0.5em;
    }
    h2,
    .notice-intro {
      break-after: avoid;
    }
    .notice-item,
    .notice-line,
    .notice-issuer,
    .notice-qr,
    .signature,
    .material,
    .field {
      break-inside: avoid;
    }
    .qr {
      inline-size: 28mm;
      block-size: 28mm;
    }
  }
  /* A5 and other narrow pages. */
  @media print and (max-width: 140mm) {
    :host {
      --manyi-font-size: 9.5pt;
    }
    .qr {
      inline-size: 22mm;
      block-size: 22mm;
    }
    .signature .blank {
      inline-size: 7em;
    }
  }
`;
