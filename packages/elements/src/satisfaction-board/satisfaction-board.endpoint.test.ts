import type { StationResults } from '@manyi/core';
import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { settle, shownText } from '../test-support/fixture.js';
import { sendKeys } from '../test-support/runner-commands.js';
import { board, figuresOf, OCTOBER, OCTOBER_APPRAISED, part, parts, until } from '../test-support/satisfaction-board.js';
import type { SatisfactionBoardError } from './load.js';
import type { SatisfactionResultsLoadedEvent } from './satisfaction-board.events.js';

// msw does not resolve from @manyi/elements, so window.fetch is stood in for and restored.
const realFetch = globalThis.fetch;
type Answer = (url: URL) => Promise<Response>;
let calls: { url: URL; init: RequestInit | undefined }[] = [];

function serve(answer: Answer): void {
  calls = [];
  globalThis.fetch = (input, init) => {
    const url = new URL(String(input), location.href);
    calls.push({ url, init });
    return answer(url);
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The collector's answer for any month: October's figures, relabelled. */
const anyMonth = (url: URL): StationResults => ({ ...OCTOBER, month: url.searchParams.get('month') ?? '' });

/** `YYYY-MM` in China Standard Time, `back` months before now. */
function cstMonth(back: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const index = now.getUTCFullYear() * 12 + now.getUTCMonth() - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const ENDPOINT = 'https://collector.example/api/v1/public';

let errors: SatisfactionBoardError[] = [];
let loaded: SatisfactionResultsLoadedEvent['detail'][] = [];
const collectError = (e: Event) => errors.push((e as CustomEvent<{ error: SatisfactionBoardError }>).detail.error);
const collectLoaded = (e: Event) => loaded.push((e as SatisfactionResultsLoadedEvent).detail);

beforeEach(() => {
  errors = [];
  loaded = [];
  document.addEventListener('manyi-error', collectError);
  document.addEventListener('manyi-results-loaded', collectLoaded);
});

afterEach(() => {
  document.removeEventListener('manyi-error', collectError);
  document.removeEventListener('manyi-results-loaded', collectLoaded);
  globalThis.fetch = realFetch;
  for (const el of document.querySelectorAll('manyi-satisfaction-board')) el.remove();
});

describe('manyi-satisfaction-board endpoint', () => {
  it('asks the public endpoint for the last complete month, shows loading, then the results and fires manyi-results-loaded', async () => {
    let release: (r: Response) => void = () => {};
    serve(() => new Promise((resolve) => (release = resolve)));
    const el = await board({ endpoint: `${ENDPOINT}/`, station: 'demo' });
    expect(part(el, 'status').textContent).to.equal('正在加载评价结果…');
    expect(part(el, 'status').getAttribute('role')).to.equal('status');
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    await expectNoAxeViolations(el);
    const month = cstMonth(1);
    expect(calls.map((c) => c.url.href)).to.deep.equal([`${ENDPOINT}/stations/demo/results?month=${month}`]);
    expect(calls[0]?.init?.credentials).to.equal('omit');
    release(json({ ...OCTOBER, month }));
    await until(el, () => parts(el, 'figures').length > 0);
    expect(figuresOf(part(el, 'figures'))).to.deep.equal({ 评价总数: '80', 好评率: '93.8%', 差评数: '5' });
    expect(loaded).to.deep.equal([{ stationId: 'demo', month, total: 80, complete: true }]);
    expect(part(el, 'base').hasAttribute('aria-busy')).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('offers the running month and the eleven before it, and `months` changes how many', async () => {
    serve(async (url) => json(anyMonth(url)));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: cstMonth(3) });
    await until(el, () => parts(el, 'figures').length > 0);
    const select = part<HTMLSelectElement>(el, 'month-select');
    expect([...select.options].map((o) => o.value)).to.deep.equal(Array.from({ length: 12 }, (_, i) => cstMonth(i)));
    expect(select.value).to.equal(cstMonth(3));
    expect(part(el, 'month-label').textContent).to.equal('公示月份');
    el.months = 2;
    await settle(el);
    expect([...part<HTMLSelectElement>(el, 'month-select').options].map((o) => o.value)).to.deep.equal([
      cstMonth(0),
      cstMonth(1),
      cstMonth(3),
    ]);
    el.months = 1;
    await settle(el);
    expect(parts(el, 'month-select')).to.have.length(0);
    expect(parts(el, 'period')).to.have.length(1);
  });

  it('offers the months the collector lists, when it lists them', async () => {
    serve(async () => json(OCTOBER_APPRAISED));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: '2026-10' });
    await until(el, () => parts(el, 'figures').length > 0);
    const select = part<HTMLSelectElement>(el, 'month-select');
    expect([...select.options].map((o) => [o.value, o.textContent])).to.deep.equal([
      ['2026-11', '2026年11月'],
      ['2026-10', '2026年10月'],
      ['2026-09', '2026年9月'],
    ]);
  });

  it('by keyboard: picking another month reloads it, fires change, reflects `month` and keeps focus on the picker', async () => {
    serve(async (url) => json(anyMonth(url)));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: cstMonth(1) });
    await until(el, () => parts(el, 'figures').length > 0);
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push(el.month));
    const select = part<HTMLSelectElement>(el, 'month-select');
    select.focus();
    let release = () => {};
    serve((url) => new Promise((resolve) => (release = () => resolve(json(anyMonth(url))))));
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(part(el, 'status').textContent).to.equal('正在加载评价结果…');
    // The heading keeps the station's name while the other month loads.
    expect(part(el, 'heading').textContent).to.equal('示范区政务服务中心 满意度评价公示');
    release();
    await until(el, () => loaded.length === 2);
    expect(changes).to.deep.equal([cstMonth(2)]);
    expect(el.getAttribute('month')).to.equal(cstMonth(2));
    expect(calls.map((c) => c.url.searchParams.get('month'))).to.deep.equal([cstMonth(2)]);
    expect(el.shadowRoot?.activeElement).to.equal(part(el, 'month-select'));
    expect(part<HTMLSelectElement>(el, 'month-select').value).to.equal(cstMonth(2));
  });

  it('by keyboard: Tab reaches the month picker, then the windows table that scrolls on narrow screens', async () => {
    serve(async (url) => json(anyMonth(url)));
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: cstMonth(1), months: '3', lang: 'en' });
    await until(el, () => parts(el, 'figures').length > 0);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot?.activeElement).to.equal(part(el, 'month-select'));
    expect([...part<HTMLSelectElement>(el, 'month-select').options].map((o) => o.value)).to.deep.equal([0, 1, 2].map(cstMonth));
    expect(part(el, 'month-label').textContent).to.equal('Month');
    await sendKeys({ press: 'Tab' });
    const table = part(el, 'windows');
    expect(el.shadowRoot?.activeElement).to.equal(table);
    expect(table.getAttribute('role')).to.equal('region');
    expect(table.getAttribute('aria-labelledby')).to.equal('windows-heading');
    before.remove();
  });

  it('says the station was not found on the collector 404, names the cause, fires manyi-error and a reload recovers', async () => {
    serve(async () => json({ error: { code: 'station-not-found', message: 'no station "dem0"' } }, 404));
    const el = await board({ endpoint: ENDPOINT, station: 'dem0', month: '2026-10' });
    await until(el, () => parts(el, 'error').length === 1);
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(shownText(el)).to.contain('未找到该服务站点');
    expect(part(el, 'error-detail').textContent).to.contain('no station "dem0"');
    expect(errors.map((e) => [e.problem, e.status, e.code])).to.deep.equal([['http', 404, 'station-not-found']]);
    await expectNoAxeViolations(el);
    serve(async () => json({ ...OCTOBER, stationId: 'dem0' }));
    part(el, 'retry').click();
    await until(el, () => parts(el, 'figures').length > 0);
    expect(loaded).to.have.length(1);
  });

  it('says the server answered an error on a 5xx that is not JSON', async () => {
    serve(async () => new Response('Bad gateway', { status: 502 }));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: '2026-10' });
    await until(el, () => parts(el, 'error').length === 1);
    expect(shownText(el)).to.contain('服务器返回错误（HTTP 502）');
    expect(errors.map((e) => [e.problem, e.status])).to.deep.equal([['http', 502]]);
  });

  it('says the network failed when fetch rejects, and the retry button is reachable by keyboard', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: '2026-10' });
    await until(el, () => parts(el, 'error').length === 1);
    expect(shownText(el)).to.contain('网络连接失败');
    serve(async () => json(OCTOBER));
    part(el, 'retry').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => parts(el, 'figures').length > 0);
    expect(errors.map((e) => e.problem)).to.deep.equal(['network']);
  });

  it('says the answer is not JSON when a 200 is not', async () => {
    serve(async () => new Response('<html>portal login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: '2026-10' });
    await until(el, () => parts(el, 'error').length === 1);
    expect(shownText(el)).to.contain('服务器返回的不是有效的 JSON 数据');
    expect(errors.map((e) => e.problem)).to.deep.equal(['json']);
  });

  it('refuses an answer that breaks the schema or is for another station or month, naming the field', async () => {
    serve(async () => json({ ...OCTOBER, overall: { ...OCTOBER.overall, levels: { 5: 1 } } }));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: '2026-10' });
    await until(el, () => parts(el, 'error').length === 1);
    expect(part(el, 'error-detail').textContent).to.contain('results.overall.levels');
    serve(async () => json(OCTOBER));
    el.month = '2026-09';
    await until(el, () => (part(el, 'error-detail').textContent ?? '').includes('month'));
    expect(part(el, 'error-detail').textContent).to.contain('results.month: asked for 2026-09, got 2026-10');
    expect(errors.map((e) => e.problem)).to.deep.equal(['schema', 'schema']);
  });

  it('says the setup is wrong, without fetching, for a missing station or a month that is not YYYY-MM', async () => {
    serve(async () => json(OCTOBER));
    const el = await board({ endpoint: ENDPOINT });
    expect(shownText(el)).to.contain('评价公示的设置有误');
    expect(part(el, 'error-detail').textContent).to.contain('station: "" is not a station id');
    expect(parts(el, 'retry')).to.have.length(0);
    await expectNoAxeViolations(el);
    el.station = 'demo';
    el.month = '2026/10';
    await settle(el);
    expect(part(el, 'error-detail').textContent).to.contain('month: "2026/10" is not a month written YYYY-MM');
    expect(calls).to.have.length(0);
    expect(errors.map((e) => e.problem)).to.deep.equal(['config', 'config']);
  });

  it('src reads one saved month as it is, without a picker, and wins over endpoint', async () => {
    serve(async () => json(OCTOBER));
    const el = await board({ src: '/results/2026-10.json', endpoint: ENDPOINT, station: 'demo' });
    await until(el, () => parts(el, 'figures').length > 0);
    expect(calls.map((c) => c.url.pathname)).to.deep.equal(['/results/2026-10.json']);
    expect(parts(el, 'month-select')).to.have.length(0);
    expect(part(el, 'period').textContent).to.equal('2026年10月');
    expect(loaded.map((d) => d.month)).to.deep.equal(['2026-10']);
  });

  it('shows the answer of the latest month only, when the month changes while loading', async () => {
    const pending: Record<string, (r: Response) => void> = {};
    serve((url) => new Promise((resolve) => (pending[url.searchParams.get('month') ?? ''] = resolve)));
    const el = await board({ endpoint: ENDPOINT, station: 'demo', month: '2026-09' });
    el.month = '2026-10';
    await settle(el);
    pending['2026-10']?.(json(OCTOBER));
    await until(el, () => parts(el, 'figures').length > 0);
    pending['2026-09']?.(json({ ...OCTOBER, month: '2026-09' }));
    await settle(el);
    expect(part<HTMLSelectElement>(el, 'month-select').value).to.equal('2026-10');
    expect(loaded.map((d) => d.month)).to.deep.equal(['2026-10']);
  });

  it('shows results set by property after endpoint, and no longer waits for the endpoint', async () => {
    serve(() => new Promise(() => {}));
    const el = await board({ endpoint: ENDPOINT, station: 'demo' });
    expect(shownText(el)).to.contain('正在加载');
    el.results = OCTOBER;
    await settle(el);
    expect(figuresOf(part(el, 'figures')).评价总数).to.equal('80');
  });
});
