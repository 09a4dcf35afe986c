import { css } from 'lit';

export const ratingPadStyles = css`
  :host {
    --manyi-font-family: system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
    --manyi-font-size: 1.25rem;
    --manyi-color-text: #1a1a1a;
    --manyi-color-surface: #ffffff;
    --manyi-color-accent: #0b57d0;
    --manyi-color-error: #b3261e;
    --manyi-face-size: 6rem;
    --manyi-face-5: #1e8e3e;
    --manyi-face-4: #5bb974;
    --manyi-face-3: #f9ab00;
    --manyi-face-2: #e8710a;
    --manyi-face-1: #d93025;
    --manyi-radius: 1rem;
    display: block;
    font-family: var(--manyi-font-family);
    font-size: var(--manyi-font-size);
    color: var(--manyi-color-text);
    background: var(--manyi-color-surface);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --manyi-color-text: #f1f1f1;
      --manyi-color-surface: #1b1b1f;
      --manyi-color-accent: #a8c7fa;
      --manyi-color-error: #f2b8b5;
    }
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 1.5rem;
    padding-block: 1.5rem;
    padding-inline: 1rem;
    text-align: center;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
  }
  .faces {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 1rem;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-block-size: 48px;
    min-inline-size: 48px;
    border-radius: var(--manyi-radius);
  }
  button:focus-visible {
    outline: 4px solid var(--manyi-color-accent);
    outline-offset: 3px;
  }
  [part~='face'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    padding: 0.75rem;
    background: none;
    border: 2px solid transparent;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  [part~='face'] svg {
    inline-size: var(--manyi-face-size);
    block-size: var(--manyi-face-size);
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='face']:active svg {
      transform: scale(0.94);
    }
  }
  /* Classes, not inline styles: a strict CSP forbids style attributes. */
  .level-5 .disc {
    fill: var(--manyi-face-5);
  }
  .level-4 .disc {
    fill: var(--manyi-face-4);
  }
  .level-3 .disc {
    fill: var(--manyi-face-3);
  }
  .level-2 .disc {
    fill: var(--manyi-face-2);
  }
  .level-1 .disc {
    fill: var(--manyi-face-1);
  }
  .eye {
    fill: #1a1a1a;
  }
  .mouth {
    stroke: #1a1a1a;
    stroke-width: 5;
    stroke-linecap: round;
    fill: none;
  }
  [part~='label'] {
    font-weight: 600;
  }
  .primary {
    background: var(--manyi-color-accent);
    color: var(--manyi-color-surface);
    border: 0;
    padding-inline: 2rem;
  }
  [part~='error'] {
    color: var(--manyi-color-error);
    font-weight: 600;
  }
`;
