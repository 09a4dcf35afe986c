import { NATIONAL_LEVELS, type ResultFigures, type WindowResults } from '@manyi/core';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { FigureName, SatisfactionBoardMessages } from './messages.js';

type Figures = ResultFigures;

/** A figure's value as text; undefined when the results do not carry it (older collectors). */
function figureText(t: SatisfactionBoardMessages, figures: Figures, name: FigureName): string | undefined {
  switch (name) {
    case 'total':
      return t.count(figures.total);
    case 'goodReviewRate':
      return figures.goodReviewRate === null ? t.noRate : t.percent(figures.goodReviewRate);
    case 'badReviewCount':
      return t.count(figures.badReviewCount);
    case 'badReviewsHandled':
      return figures.badReviewsHandled === undefined ? undefined : t.handled(figures.badReviewsHandled, figures.badReviewCount);
    case 'score':
      if (figures.score === undefined) return undefined;
      return figures.score === null ? t.noRate : t.score(figures.score);
    case 'tier':
      if (figures.tier === undefined) return undefined;
      return figures.tier === null ? t.noRate : t.tier(figures.tier);
  }
}

/** The month's headline figures as a description list; figures the results lack are left out. */
export function figuresList(t: SatisfactionBoardMessages, figures: Figures, names: readonly FigureName[]) {
  const shown = names.flatMap((name) => {
    const value = figureText(t, figures, name);
    return value === undefined ? [] : [{ name, value }];
  });
  return html`<dl part="figures" class="figures">
    ${shown.map(
      ({ name, value }) => html`<div part="figure figure-${name}" class="figure figure-${name}">
        <dt part="term">${t.figures[name]}</dt>
        <dd part="value">${value}</dd>
      </div>`,
    )}
  </dl>`;
}

/**
 * Sets a bar's length through the CSSOM: a strict CSP (style-src without 'unsafe-inline') blocks
 * a `style` attribute, which is what styleMap writes on first render.
 */
const fillTo = (share: number) => (fill: Element | undefined) => {
  if (fill instanceof HTMLElement) fill.style.setProperty('--_share', `${share * 100}%`);
};

/**
 * Ratings per level, best first. Each bar has its count and share written beside it, so nothing
 * depends on reading the bar's length or colour.
 */
export function levelBars(t: SatisfactionBoardMessages, figures: Figures) {
  return html`<section part="levels" class="levels" aria-labelledby="levels-heading">
    <h3 id="levels-heading" part="subheading">${t.levelsHeading}</h3>
    <ul role="list">
      ${NATIONAL_LEVELS.map((level) => {
        const count = figures.levels[String(level) as keyof Figures['levels']];
        const share = figures.total === 0 ? null : count / figures.total;
        return html`<li part="level level-${level}" class="level level-${level}">
          <span part="level-label" class="level-label">${t.level(level)}</span>
          <span part="bar" class="bar" aria-hidden="true"
            ><span class="fill" ${ref(fillTo(share ?? 0))}></span
          ></span>
          <span part="level-count" class="level-count">${t.levelShare(count, share)}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}

function windowName(t: SatisfactionBoardMessages, w: WindowResults): string {
  if (w.windowName) return w.windowName;
  return w.windowId === null ? t.noWindow : t.removedWindow(w.windowId);
}

/** Page layout: one table row per window, with only the columns the results carry. */
export function windowsTable(t: SatisfactionBoardMessages, windows: readonly WindowResults[], names: readonly FigureName[]) {
  const columns = names.filter((name) => windows.some((w) => figureText(t, w, name) !== undefined));
  return html`<div part="windows" class="windows table-frame" role="region" aria-labelledby="windows-heading" tabindex="0">
    <table>
      <caption id="windows-heading" part="subheading">${t.windowsHeading}</caption>
      <thead>
        <tr>
          <th scope="col">${t.window}</th>
          ${columns.map((name) => html`<th scope="col" class="number">${t.figures[name]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${windows.map(
          (w) => html`<tr part="window">
            <th scope="row" part="window-name">${windowName(t, w)}</th>
            ${columns.map((name) => html`<td class="number">${figureText(t, w, name) ?? nothing}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Compact layout (portal sidebars): each window with its good-review rate and ratings, no table. */
export function windowsList(t: SatisfactionBoardMessages, windows: readonly WindowResults[]) {
  return html`<section part="windows" class="windows" aria-labelledby="windows-heading">
    <h3 id="windows-heading" part="subheading">${t.windowsHeading}</h3>
    <ul role="list">
      ${windows.map(
        (w) => html`<li part="window" class="window">
          <span part="window-name" class="window-name">${windowName(t, w)}</span>
          ${figuresList(t, w, ['goodReviewRate', 'total'])}
        </li>`,
      )}
    </ul>
  </section>`;
}
