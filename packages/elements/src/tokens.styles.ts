import { css } from 'lit';

/**
 * The `--manyi-*` defaults every element shares, light and dark (prefers-color-scheme), and the host
 * box they style. Each element's sheet comes after it with the tokens it sets its own way (text
 * size, muted and border colours, radius, faces), so a page's overrides work the same on every tag.
 */
export const tokenStyles = css`
  :host {
    --manyi-font-family: system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
    --manyi-color-text: #1a1a1a;
    --manyi-color-surface: #ffffff;
    --manyi-color-accent: #0b57d0;
    --manyi-color-error: #b3261e;
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
`;
