import type { ResultFigures, StationResults } from '@manyi/core';
import '../satisfaction-board/define.js';
import type { ManyiSatisfactionBoard } from '../satisfaction-board/satisfaction-board.js';
import { parts } from './fixture.js';

export { part, parts, until } from './fixture.js';

const figures = (levels: ResultFigures['levels']): ResultFigures => {
  const total = levels[1] + levels[2] + levels[3] + levels[4] + levels[5];
  const bad = levels[1] + levels[2];
  return { levels, total, goodReviewRate: total === 0 ? null : (total - bad) / total, badReviewCount: bad };
};

/**
 * October 2026 at the demo hall, shaped exactly as the collector's `stationMonthlyResults` answers:
 * every listed window (one unrated) plus a removed window that still has ratings that month.
 */
export const OCTOBER: StationResults = {
  stationId: 'demo',
  stationName: '示范区政务服务中心',
  month: '2026-10',
  from: '2026-09-30T16:00:00.000Z',
  to: '2026-10-31T16:00:00.000Z',
  complete: true,
  overall: figures({ 5: 48, 4: 20, 3: 7, 2: 3, 1: 2 }),
  windows: [
    { windowId: 'w1', windowName: '1号窗口 综合受理', ...figures({ 5: 30, 4: 10, 3: 3, 2: 1, 1: 0 }) },
    { windowId: 'w2', windowName: '2号窗口 不动产登记', ...figures({ 5: 14, 4: 8, 3: 4, 2: 2, 1: 2 }) },
    { windowId: 'w3', windowName: '3号窗口 社保医保', ...figures({ 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }) },
    { windowId: 'w9', windowName: null, ...figures({ 5: 4, 4: 2, 3: 0, 2: 0, 1: 0 }) },
  ],
};

/** The same month from a collector that also publishes the appraisal and the handling of bad reviews. */
export const OCTOBER_APPRAISED: StationResults = {
  ...OCTOBER,
  overall: { ...OCTOBER.overall, score: 86.75, tier: 'basically-satisfied', badReviewsHandled: 4 },
  windows: OCTOBER.windows.map((w) => ({ ...w, badReviewsHandled: w.badReviewCount, score: w.total === 0 ? null : 90, tier: null })),
  months: ['2026-11', '2026-10', '2026-09'],
};

export const NOBODY_RATED: StationResults = {
  ...OCTOBER,
  month: '2026-11',
  from: '2026-10-31T16:00:00.000Z',
  to: '2026-11-30T16:00:00.000Z',
  complete: false,
  overall: figures({ 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }),
  windows: OCTOBER.windows.slice(0, 3).map((w) => ({ ...w, ...figures({ 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }) })),
};

/** A board on the page with these attributes and, when given, results by property. */
export async function board(
  attributes: Record<string, string> = {},
  results?: StationResults,
  container: HTMLElement = document.body,
): Promise<ManyiSatisfactionBoard> {
  const el = document.createElement('manyi-satisfaction-board');
  if (results) el.results = results;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await el.updateComplete;
  return el;
}

const clean = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A figures list as term → value texts. */
export function figuresOf(list: Element): Record<string, string> {
  return Object.fromEntries(
    [...list.querySelectorAll('[part~="figure"]')].map((row) => [clean(row.querySelector('dt')), clean(row.querySelector('dd'))]),
  );
}

/** Each level's row as label → written count and share. */
export function levelsOf(el: Element): Record<string, string> {
  return Object.fromEntries(
    parts(el, 'level').map((row) => [clean(row.querySelector('[part~="level-label"]')), clean(row.querySelector('[part~="level-count"]'))]),
  );
}

/** The windows table as rows of cell texts, header row first. */
export function tableOf(el: Element): string[][] {
  return [...(el.shadowRoot?.querySelectorAll('tr') ?? [])].map((tr) => [...tr.children].map((cell) => clean(cell)));
}
