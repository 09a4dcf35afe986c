import { css } from 'lit';

/** What every page shares: colours from the shell's custom properties, tables, forms, buttons, focus. */
export const pageStyles = css`
  :host {
    display: block;
    color: var(--dash-text);
  }
  h2 {
    font-size: 1.4rem;
    margin: 0 0 1rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.5rem 0 0.5rem;
  }
  p.intro {
    color: var(--dash-muted);
    margin-top: 0;
  }
  .card {
    background: var(--dash-surface);
    border: 1px solid var(--dash-border);
    border-radius: 12px;
    padding: 1rem 1.25rem;
    margin-bottom: 1rem;
  }
  .grid {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
  }
  .grid > * {
    min-width: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.45rem 0.6rem;
    border-bottom: 1px solid var(--dash-border);
    vertical-align: top;
  }
  thead th {
    /* A heading broken one character a line cannot be read; the table scrolls instead. */
    white-space: nowrap;
    color: var(--dash-muted);
    font-weight: 600;
    font-size: 0.9rem;
  }
  td.num,
  th.num {
    text-align: end;
  }
  /* Window and staff names keep a readable width; a narrow card scrolls the table instead. */
  tbody th[scope='row'],
  td.name {
    min-width: 7em;
  }
  .scroll {
    overflow-x: auto;
  }
  form.filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin-bottom: 1rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9rem;
    color: var(--dash-muted);
  }
  label.inline {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--dash-text);
    background: var(--dash-field);
    border: 1px solid var(--dash-border-strong);
    border-radius: 8px;
    padding: 0.45rem 0.6rem;
    min-height: 2.5rem;
    box-sizing: border-box;
  }
  textarea {
    min-height: 4.5rem;
    width: 100%;
  }
  button,
  a.button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border-radius: 8px;
    border: 1px solid var(--dash-accent);
    background: var(--dash-surface);
    color: var(--dash-accent-text);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  button.primary {
    background: var(--dash-accent);
    color: var(--dash-on-accent);
  }
  button.danger {
    border-color: var(--dash-danger);
    color: var(--dash-danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--dash-focus);
    outline-offset: 2px;
  }
  [role='alert'],
  .error {
    color: var(--dash-danger);
  }
  .status {
    color: var(--dash-muted);
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.55rem;
    border-radius: 999px;
    font-size: 0.85rem;
    background: var(--dash-chip);
    white-space: nowrap;
  }
  .badge.bad {
    background: var(--dash-danger-soft);
    color: var(--dash-danger);
    font-weight: 600;
  }
  .badge.good {
    background: var(--dash-good-soft);
    color: var(--dash-good);
  }
  tr.overdue {
    background: var(--dash-danger-soft);
  }
  tr.overdue td:first-child {
    box-shadow: inset 4px 0 0 var(--dash-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  details > summary {
    cursor: pointer;
    color: var(--dash-accent-text);
    margin: 0.5rem 0;
  }
  .kpis {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    margin-bottom: 1rem;
  }
  .kpi {
    background: var(--dash-surface);
    border: 1px solid var(--dash-border);
    border-radius: 12px;
    padding: 0.75rem 1rem;
  }
  .kpi dt {
    color: var(--dash-muted);
    font-size: 0.9rem;
  }
  .kpi dd {
    margin: 0.25rem 0 0;
    font-size: 1.7rem;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  /* A word, such as the tier "Dissatisfied", in a size that fits the card. */
  .kpi dd.word {
    font-size: 1.3rem;
    overflow-wrap: break-word;
  }
  .fields {
    display: grid;
    gap: 0.35rem;
  }
  .fields input,
  .fields select {
    width: 100%;
  }
  fieldset {
    border: 1px solid var(--dash-border);
    border-radius: 8px;
    margin: 0.5rem 0;
  }
  fieldset .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: 0.35rem 0.75rem;
    align-items: end;
    padding-bottom: 0.75rem;
    border-bottom: 1px dashed var(--dash-border);
    margin-bottom: 0.75rem;
  }
  p.error {
    margin: 0;
    font-size: 0.9rem;
  }
  /* Numbers read out on the phone stay on one line. */
  .nowrap {
    white-space: nowrap;
  }
  button.link {
    border: none;
    background: none;
    padding: 0.2rem 0;
    min-height: 2rem;
    text-align: start;
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
