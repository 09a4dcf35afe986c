import type { Commitment } from '@manyi/core';
import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { ALL, board, FIRST_INQUIRY, fieldsOf, NOTICE, part, parts, REPAIR, TRANSFER } from '../test-support/commitment-board.js';
import { settle, shownText } from '../test-support/fixture.js';
import type { CommitmentBoardError } from './load.js';

afterEach(() => {
  for (const el of document.querySelectorAll('manyi-commitment-board, div[lang]')) el.remove();
});

function inLang(lang: string): HTMLElement {
  const host = document.createElement('div');
  host.lang = lang;
  document.body.append(host);
  return host;
}

const limitsOf = (article: Element | undefined) =>
  [...(article?.querySelectorAll('[part~="field-limits"] dd li') ?? [])].map((li) => li.textContent?.trim());

describe('manyi-commitment-board', () => {
  describe('accessibility and language', () => {
    it('has no axe violations as a list, with kept rates, when empty, and in its error state', async () => {
      const el = await board();
      await expectNoAxeViolations(el);
      el.keptRates = { 'c1-repair': 0.96, 'c2-transfer': 0.5 };
      await settle(el);
      await expectNoAxeViolations(el);
      el.commitments = [];
      await settle(el);
      expect(shownText(el)).to.contain('本站暂未公示服务承诺');
      await expectNoAxeViolations(el);
      el.commitments = [{ id: 'bad id!' }] as unknown as Commitment[];
      await settle(el);
      expect(part(el, 'error').getAttribute('role')).to.equal('alert');
      await expectNoAxeViolations(el);
    });

    it('lists each commitment as an article headed by its promise, under the board heading', async () => {
      const el = await board();
      expect(part(el, 'heading').tagName).to.equal('H2');
      expect(part(el, 'heading').textContent?.trim()).to.equal('服务承诺');
      const list = part(el, 'list');
      expect(list.tagName).to.equal('UL');
      const articles = parts(el, 'commitment');
      expect(articles.map((a) => a.parentElement?.tagName)).to.deep.equal(['LI', 'LI', 'LI', 'LI']);
      expect(articles.map((a) => a.querySelector('h3')?.textContent)).to.deep.equal(ALL.map((c) => c.promise));
      // Each article is named by its promise, for landmark and article navigation.
      const labelledBy = articles[0]?.getAttribute('aria-labelledby') ?? '';
      expect(el.shadowRoot?.getElementById(labelledBy)?.textContent).to.equal(REPAIR.promise);
      expect(articles[0]?.querySelector('dl')).to.exist;
    });

    it('states every limit in zh-CN with its area tier and whether it is a maximum or an average', async () => {
      const el = await board();
      const [repair, transfer, firstInquiry] = parts(el, 'commitment');
      expect(limitsOf(repair)).to.deep.equal(['城区 45 分钟内（最长）', '农村 90 分钟内（最长）', '偏远地区 2 小时内（最长）']);
      expect(fieldsOf(transfer as Element).承诺时限).to.equal('5 个工作日内（平均）');
      expect(fieldsOf(firstInquiry as Element).承诺时限).to.equal('1 个工作日内（最长）');
    });

    it('states limits in English, singular and plural, and in zh-TW', async () => {
      const el = await board({}, ALL, inLang('en'));
      let [repair, transfer, firstInquiry] = parts(el, 'commitment');
      expect(limitsOf(repair)).to.deep.equal([
        'Urban areas: within 45 minutes (maximum)',
        'Rural areas: within 90 minutes (maximum)',
        'Remote areas: within 2 hours (maximum)',
      ]);
      expect(fieldsOf(transfer as Element)['Time limit']).to.equal('5 working days on average');
      expect(fieldsOf(firstInquiry as Element)['Time limit']).to.equal('Within 1 working day (maximum)');
      (el.parentElement as HTMLElement).lang = 'zh-TW';
      await settle(el);
      [repair, transfer] = parts(el, 'commitment');
      expect(limitsOf(repair)).to.deep.equal(['市區 45 分鐘內（最長）', '鄉村 90 分鐘內（最長）', '偏遠地區 2 小時內（最長）']);
      expect(fieldsOf(transfer as Element).承諾時限).to.equal('5 個工作日內（平均）');
    });

    it('follows lang on the nearest ancestor, live: zh-CN → en → zh-TW', async () => {
      const host = inLang('zh-CN');
      const el = await board({}, [TRANSFER], host);
      expect(Object.keys(fieldsOf(part(el, 'commitment')))).to.include('收费标准');
      host.lang = 'en';
      await settle(el);
      expect(part(el, 'heading').textContent?.trim()).to.equal('Service commitments');
      expect(Object.keys(fieldsOf(part(el, 'commitment')))).to.include.members(['Fees', 'Opening hours', 'Hotline', 'Complaints']);
      host.lang = 'zh-TW';
      await settle(el);
      expect(part(el, 'heading').textContent?.trim()).to.equal('服務承諾');
      expect(Object.keys(fieldsOf(part(el, 'commitment')))).to.include('收費標準');
    });

    it('makes phone numbers dialable links at least 48 px in each direction, reachable by Tab', async () => {
      const el = await board({}, [REPAIR]);
      const links = parts(el, 'phone') as HTMLAnchorElement[];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:95598', 'tel:057187005678']);
      for (const a of links) {
        const box = a.getBoundingClientRect();
        expect(box.width).to.be.at.least(48);
        expect(box.height).to.be.at.least(48);
      }
      links[0]?.focus();
      expect(el.shadowRoot?.activeElement).to.equal(links[0]);
    });
  });

  describe('attributes and properties', () => {
    it('shows every posted field of a commitment under its name', async () => {
      const el = await board({}, [REPAIR]);
      expect(fieldsOf(part(el, 'commitment'))).to.deep.equal({
        承诺时限: '城区 45 分钟内（最长）农村 90 分钟内（最长）偏远地区 2 小时内（最长）',
        收费标准: '抢修不收取任何费用',
        办公时间: '全天 24 小时',
        法律依据: '《供电营业规则》第六十条',
        服务热线: '95598',
        投诉电话: '0571-87005678',
        违诺责任: '超时到达的，由供电所所长向用户致歉，并纳入当月考核。',
      });
    });

    it('leaves out fields a commitment does not post, and the limit row when it has no limit', async () => {
      const el = await board({}, [NOTICE, FIRST_INQUIRY]);
      const [notice, firstInquiry] = parts(el, 'commitment');
      expect(fieldsOf(notice as Element)).to.deep.equal({});
      expect(Object.keys(fieldsOf(firstInquiry as Element))).to.deep.equal(['承诺时限', '办公时间', '服务热线']);
    });

    it('shows a kept rate as a percentage with its name, not by colour alone', async () => {
      const el = await board({}, [REPAIR, TRANSFER]);
      el.keptRates = { 'c1-repair': 0.963, 'c2-transfer': 1 };
      await settle(el);
      const [repair, transfer] = parts(el, 'commitment');
      expect(fieldsOf(repair as Element).兑现率).to.equal('96.3%');
      expect(fieldsOf(transfer as Element).兑现率).to.equal('100%');
      expect(repair?.querySelector('meter')?.getAttribute('aria-hidden')).to.equal('true');
      el.keptRates = { 'c1-repair': 0.5 };
      await settle(el);
      expect(fieldsOf(parts(el, 'commitment')[1] as Element)).not.to.have.property('兑现率');
    });

    it('takes its heading from the heading attribute', async () => {
      const el = await board({ heading: '城东供电营业厅服务承诺' });
      expect(part(el, 'heading').textContent?.trim()).to.equal('城东供电营业厅服务承诺');
    });

    it('falls back to list mode for a mode it does not know', async () => {
      const el = await board({ mode: 'poster' });
      await settle(el);
      expect(el.mode).to.equal('list');
      expect(parts(el, 'commitment')).to.have.length(4);
    });
  });

  describe('bad data', () => {
    it('names the field at fault when a commitment breaks the schema, and recovers when fixed', async () => {
      const errors: CustomEvent<{ error: CommitmentBoardError }>[] = [];
      const el = await board({}, [REPAIR]);
      el.addEventListener('manyi-error', (e) => errors.push(e as CustomEvent<{ error: CommitmentBoardError }>));
      el.commitments = [REPAIR, { ...TRANSFER, limits: [{ value: 5, unit: 'weeks', measure: 'maximum' }] }] as unknown as Commitment[];
      await settle(el);
      expect(shownText(el)).to.contain('服务承诺数据有误，暂时无法显示');
      expect(part(el, 'error-detail').textContent).to.contain('commitments[1].limits[0].unit');
      expect(parts(el, 'commitment')).to.have.length(0);
      expect(parts(el, 'retry')).to.have.length(0);
      expect(errors.map((e) => e.detail.error.problem)).to.deep.equal(['schema']);
      el.commitments = [REPAIR];
      await settle(el);
      expect(parts(el, 'commitment')).to.have.length(1);
    });

    it('says what it expected when commitments are not an array', async () => {
      const el = await board({}, { commitments: [] } as unknown as Commitment[]);
      await settle(el);
      expect(part(el, 'error-detail').textContent).to.contain('commitments: expected an array');
    });

    it('names the commitment whose kept rate is not a share from 0 to 1', async () => {
      const el = await board();
      el.keptRates = { 'c1-repair': 96 };
      await settle(el);
      expect(part(el, 'error').getAttribute('role')).to.equal('alert');
      expect(part(el, 'error-detail').textContent).to.contain('keptRates.c1-repair');
    });
  });
});
