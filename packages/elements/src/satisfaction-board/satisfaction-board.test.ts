import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { settle, shownText } from '../test-support/fixture.js';
import { emulateMedia } from '../test-support/runner-commands.js';
import {
  board,
  figuresOf,
  levelsOf,
  NOBODY_RATED,
  OCTOBER,
  OCTOBER_APPRAISED,
  part,
  parts,
  tableOf,
} from '../test-support/satisfaction-board.js';
import type { SatisfactionBoardError } from './load.js';

let errors: SatisfactionBoardError[] = [];
const collect = (e: Event) => errors.push((e as CustomEvent<{ error: SatisfactionBoardError }>).detail.error);

beforeEach(() => {
  errors = [];
  document.addEventListener('manyi-error', collect);
});

afterEach(async () => {
  document.removeEventListener('manyi-error', collect);
  document.documentElement.removeAttribute('lang');
  for (const el of document.querySelectorAll('manyi-satisfaction-board, div.host')) el.remove();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

describe('manyi-satisfaction-board', () => {
  describe('accessibility', () => {
    it('has no axe violations with results, in light and dark', async () => {
      const el = await board({}, OCTOBER_APPRAISED);
      await expectNoAxeViolations(el);
      await emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(el);
    });

    it('has no axe violations in compact layout, with nobody rated, with no data and in the error state', async () => {
      const compact = await board({ layout: 'compact' }, OCTOBER);
      await expectNoAxeViolations(compact);
      const empty = await board({}, NOBODY_RATED);
      await expectNoAxeViolations(empty);
      const idle = await board();
      await expectNoAxeViolations(idle);
      const broken = await board({}, { ...OCTOBER, overall: { ...OCTOBER.overall, total: -1 } });
      await expectNoAxeViolations(broken);
    });

    it('labels the board by its heading and writes every bar as numbers, so nothing depends on colour', async () => {
      const el = await board({}, OCTOBER);
      const base = part(el, 'base');
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      expect(el.shadowRoot?.getElementById('heading')?.textContent).to.equal('示范区政务服务中心 满意度评价公示');
      for (const bar of parts(el, 'bar')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect(levelsOf(el)).to.deep.equal({
        非常满意: '48 条，占 60%',
        满意: '20 条，占 25%',
        基本满意: '7 条，占 8.8%',
        不满意: '3 条，占 3.8%',
        非常不满意: '2 条，占 2.5%',
      });
    });

    it('draws each bar as long as its share, without animating when reduced motion is asked', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await board({}, OCTOBER);
      const track = part(el, 'level-5').querySelector('.bar') as HTMLElement;
      const fill = track.querySelector('.fill') as HTMLElement;
      expect(fill.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(0.6, 0.01);
      expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
    });
  });

  describe('what it shows', () => {
    it('shows the month, the headline figures and each window as a table row', async () => {
      const el = await board({}, OCTOBER);
      expect(part(el, 'period').textContent).to.equal('2026年10月');
      expect(figuresOf(part(el, 'figures'))).to.deep.equal({ 评价总数: '80', 好评率: '93.8%', 差评数: '5' });
      expect(tableOf(el)).to.deep.equal([
        ['窗口', '评价总数', '好评率', '差评数'],
        ['1号窗口 综合受理', '44', '97.7%', '1'],
        ['2号窗口 不动产登记', '30', '86.7%', '4'],
        ['3号窗口 社保医保', '0', '暂无', '0'],
        ['已撤销的窗口（w9）', '6', '100%', '0'],
      ]);
      expect(parts(el, 'provisional')).to.have.length(0);
    });

    it('shows the 100-point score, the tier and the handled bad reviews when the collector publishes them', async () => {
      const el = await board({}, OCTOBER_APPRAISED);
      expect(figuresOf(part(el, 'figures'))).to.deep.equal({
        评价总数: '80',
        好评率: '93.8%',
        差评数: '5',
        差评已办结: '4 / 5',
        综合得分: '86.8 分',
        评定等级: '基本满意',
      });
      expect(tableOf(el)[0]).to.deep.equal(['窗口', '评价总数', '好评率', '差评数', '差评已办结', '综合得分', '评定等级']);
      expect(tableOf(el)[3]).to.deep.equal(['3号窗口 社保医保', '0', '暂无', '0', '0 / 0', '暂无', '暂无']);
    });

    it('says a running month is not final and that nobody rated yet, without empty bars', async () => {
      const el = await board({}, NOBODY_RATED);
      expect(part(el, 'provisional').textContent).to.contain('本月尚未结束');
      expect(shownText(el)).to.contain('本月暂无评价。');
      expect(figuresOf(part(el, 'figures'))).to.deep.equal({ 评价总数: '0', 好评率: '暂无', 差评数: '0' });
      expect(parts(el, 'levels')).to.have.length(0);
      expect(parts(el, 'windows')).to.have.length(0);
    });

    it('says there is no data while it has neither results nor a source', async () => {
      const el = await board();
      expect(part(el, 'status').textContent).to.equal('暂无公示数据');
      expect(part(el, 'heading').textContent).to.equal('满意度评价公示');
    });
  });

  describe('attributes', () => {
    it('layout="compact" lists windows with their good-review rate instead of a table, and reflects', async () => {
      const el = await board({ layout: 'compact' }, OCTOBER);
      expect(el.shadowRoot?.querySelector('table')).to.equal(null);
      const rows = parts(el, 'window');
      expect(rows.map((r) => r.querySelector('[part~="window-name"]')?.textContent)).to.deep.equal([
        '1号窗口 综合受理',
        '2号窗口 不动产登记',
        '3号窗口 社保医保',
        '已撤销的窗口（w9）',
      ]);
      expect(figuresOf(rows[1] as HTMLElement)).to.deep.equal({ 好评率: '86.7%', 评价总数: '30' });
      el.layout = 'list';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('list');
      expect(el.shadowRoot?.querySelector('table')).to.not.equal(null);
    });

    it('falls back to the list layout for an unknown layout', async () => {
      const el = await board({ layout: 'poster' }, OCTOBER);
      await settle(el);
      expect(el.layout).to.equal('list');
      expect(el.shadowRoot?.querySelector('table')).to.not.equal(null);
    });

    it('heading replaces the default heading', async () => {
      const el = await board({ heading: '十月好差评公示' }, OCTOBER);
      expect(part(el, 'heading').textContent).to.equal('十月好差评公示');
    });

    it('shows no month picker for results given by property', async () => {
      const el = await board({ months: '12' }, OCTOBER_APPRAISED);
      expect(parts(el, 'month-select')).to.have.length(0);
      expect(part(el, 'period').textContent).to.equal('2026年10月');
    });
  });

  describe('language', () => {
    it('follows lang on an ancestor and switches live to English and Traditional Chinese', async () => {
      const host = document.createElement('div');
      host.className = 'host';
      host.lang = 'en';
      document.body.append(host);
      const el = await board({}, OCTOBER_APPRAISED, host);
      expect(part(el, 'heading').textContent).to.equal('示范区政务服务中心: satisfaction results');
      expect(part(el, 'period').textContent).to.equal('October 2026');
      expect(figuresOf(part(el, 'figures'))).to.deep.include({
        'Good-review rate': '93.8%',
        Score: '86.8 points',
        'Rating tier': 'Basically satisfied',
      });
      expect(levelsOf(el)['Very dissatisfied']).to.equal('2 ratings, 2.5%');
      await expectNoAxeViolations(el);
      host.lang = 'zh-Hant-TW';
      await settle(el);
      expect(part(el, 'heading').textContent).to.equal('示范区政务服务中心 滿意度評價公示');
      expect(figuresOf(part(el, 'figures'))).to.deep.include({ 好評率: '93.8%', 評定等級: '基本滿意' });
      expect(tableOf(el)[4]?.[0]).to.equal('已撤銷的窗口（w9）');
    });
  });

  describe('bad input', () => {
    it('shows an error naming the field and fires manyi-error when results break the schema', async () => {
      const el = await board({}, { ...OCTOBER, overall: { ...OCTOBER.overall, goodReviewRate: 1.4 } });
      await settle(el);
      expect(part(el, 'error').getAttribute('role')).to.equal('alert');
      expect(shownText(el)).to.contain('评价结果数据有误');
      expect(part(el, 'error-detail').textContent).to.contain('results.overall.goodReviewRate: a rate must be 0–1');
      expect(errors.map((e) => e.problem)).to.deep.equal(['schema']);
      // Nothing to fetch again: the page gave the data.
      expect(parts(el, 'retry')).to.have.length(0);
    });

    it('rejects a window count that is not a whole number and a month that is not YYYY-MM', async () => {
      const broken = {
        ...OCTOBER,
        month: '2026-13',
        windows: [{ ...(OCTOBER.windows[0] as (typeof OCTOBER.windows)[number]), total: 4.5 }],
      };
      const el = await board({}, broken);
      const detail = part(el, 'error-detail').textContent ?? '';
      expect(detail).to.contain('results.month: use a month written YYYY-MM');
      expect(detail).to.contain('results.windows[0].total: a count must be a whole number');
    });

    it('recovers when valid results are set after bad ones', async () => {
      const el = await board({}, { ...OCTOBER, stationId: 'no spaces allowed' });
      expect(parts(el, 'error')).to.have.length(1);
      el.results = OCTOBER;
      await el.updateComplete;
      expect(parts(el, 'error')).to.have.length(0);
      expect(figuresOf(part(el, 'figures')).评价总数).to.equal('80');
    });
  });

  it('registers once even when its define module is loaded a second time', async () => {
    const first = customElements.get('manyi-satisfaction-board');
    await import(`./define.js?copy=${Date.now()}`);
    expect(customElements.get('manyi-satisfaction-board')).to.equal(first);
  });
});
