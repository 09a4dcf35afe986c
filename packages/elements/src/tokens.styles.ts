import { css } from 'lit';

/**
 * The `--manyi-*` defaults every element shares, light and dark, and the host box they style. Each
 * element's sheet comes after it with the tokens it sets its own way (text size, muted and border
 * colours, radius, faces), so a page's overrides work the same on every tag.
 *
 * Colours are `light-dark()` pairs: they follow the visitor's system unless the page sets
 * `--manyi-color-scheme: light` (or `dark`), on `:root` for every element or on one element.
 */
export const tokenStyles = css`
  :host {
    color-scheme: var(--manyi-color-scheme, light dark);
    --manyi-font-family: system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
    --manyi-color-text: light-dark(#1a1a1a, #f1f1f1);
    --manyi-color-surface: light-dark(#ffffff, #1b1b1f);
    --manyi-color-accent: light-dark(#0b57d0, #a8c7fa);
    --manyi-color-error: light-dark(#b3261e, #f2b8b5);
    display: block;
    font-family: var(--manyi-font-family);
    font-size: var(--manyi-font-size);
    color: var(--manyi-color-text);
    background: var(--manyi-color-surface);
  }
`;
