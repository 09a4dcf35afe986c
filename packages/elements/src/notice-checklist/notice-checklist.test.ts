import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import {
  $,
  box,
  checklist,
  clearNoticeCounters,
  clerk,
  field,
  focused,
  HUKOU_MOVE,
  press,
  settle,
  sink,
  tick,
  type,
  typeKeys,
} from '../test-support/checklist.js';
import { button, buttons, shownText } from '../test-support/fixture.js';

const text = shownText;

beforeEach(() => clearNoticeCounters());
afterEach(() => {
  for (const el of document.querySelectorAll('manyi-notice-checklist, div[lang]')) el.remove();
});

/** Presses Tab until the focused element inside the checklist matches, failing after `limit` presses. */
async function tabTo(el: Element, matches: (e: Element) => boolean, limit = 30): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const f = focused(el);
    if (f && matches(f)) return f;
  }
  throw new Error('could not reach the control with Tab');
}

const labelOf = (e: Element): string => e.closest('label')?.textContent?.trim() ?? e.textContent?.trim() ?? '';
const materialOf = (e: Element): string => e.closest('fieldset')?.querySelector('.material-name')?.textContent?.trim() ?? '';

describe('manyi-notice-checklist', () => {
  describe('accessibility and language', () => {
    it('has no axe violations in self-check mode, empty, half ticked and complete', async () => {
      const el = await checklist();
      await expectNoAxeViolations(el);
      tick(box(el, '居民身份证', '我已备好'));
      tick(box(el, '授权委托书', '我不属于这种情形'));
      await settle(el);
      await expectNoAxeViolations(el);
      tick(box(el, '居民户口簿', '我已备好'));
      tick(box(el, '迁入地住房证明', '我已备好'));
      await settle(el);
      expect(text(el)).to.contain('材料已备齐，可以取号办理');
      await expectNoAxeViolations(el);
    });

    it('has no axe violations in clerk mode: blank, with errors, with a defect, failing and issued', async () => {
      const el = await clerk();
      await expectNoAxeViolations(el);
      tick(box(el, '居民身份证', '已收到'));
      await settle(el);
      tick(box(el, '居民身份证', '有问题，需补正'));
      await settle(el);
      button(el, '出具一次性告知书').click();
      await settle(el);
      expect(text(el)).to.contain('请更正以下问题');
      await expectNoAxeViolations(el);
      type(field(el, '申请人姓名'), '张三');
      type(field(el, '问题说明'), '复印件不清晰');
      el.outbox = sink(1);
      button(el, '出具一次性告知书').click();
      await settle(el);
      expect(text(el)).to.contain('告知书未能保存');
      await expectNoAxeViolations(el);
      button(el, '再试一次').click();
      await settle(el);
      expect(text(el)).to.contain('一次性告知书');
      expect(el.shadowRoot?.querySelector('.notice')).to.exist;
      await expectNoAxeViolations(el);
    });

    it('has no axe violations when the service item is bad or missing', async () => {
      await expectNoAxeViolations(await checklist({}, { id: 'x', name: 'x', guide: { materials: [{ id: 'a' }] } }));
      await expectNoAxeViolations(await checklist({}, null));
    });

    it('can be self-checked with the keyboard alone', async () => {
      const el = await checklist();
      const first = await tabTo(el, (e) => labelOf(e) === '我已备好');
      expect(materialOf(first)).to.equal('居民身份证');
      await press('Space');
      await settle(el);
      expect((first as HTMLInputElement).checked).to.equal(true);
      expect(text(el)).to.contain('还缺 3 项材料');
      await tabTo(el, (e) => labelOf(e) === '我不属于这种情形');
      await press('Space');
      await settle(el);
      expect(text(el)).to.contain('还缺 2 项材料');
    });

    it('lets a clerk issue a notice with the keyboard alone', async () => {
      const kept = sink();
      const el = await clerk();
      el.outbox = kept;
      await tabTo(el, (e) => e.id === 'applicant-name');
      await typeKeys('李四');
      await tabTo(el, (e) => labelOf(e) === '已收到' && materialOf(e) === '居民户口簿');
      await press('Space');
      await settle(el);
      await tabTo(el, (e) => labelOf(e) === '有问题，需补正');
      await press('Space');
      await settle(el);
      await tabTo(el, (e) => e.localName === 'textarea');
      await typeKeys('已过有效期');
      await tabTo(el, (e) => e.textContent?.trim() === '出具一次性告知书');
      await press('Enter');
      await settle(el);
      expect(kept.kept).to.have.length(1);
      expect(kept.kept[0]?.applicant.name).to.equal('李四');
      expect(kept.kept[0]?.items.find((i) => i.materialId === 'hukou-book')).to.deep.include({
        problem: 'defective',
        detail: '已过有效期',
      });
      expect(focused(el)?.id).to.equal('notice-title');
      await tabTo(el, (e) => e.textContent?.trim() === '打印告知书', 5);
    });

    it('moves focus to the error summary, whose links move focus to each field', async () => {
      const el = await clerk();
      button(el, '出具一次性告知书').click();
      await settle(el);
      expect(focused(el)?.classList.contains('error-summary')).to.equal(true);
      const link = $<HTMLAnchorElement>(el, '.error-summary a');
      expect(link.textContent).to.equal('请输入申请人姓名');
      link.click();
      expect(focused(el)?.id).to.equal('applicant-name');
      expect(location.hash).to.equal('');
      expect(field(el, '申请人姓名').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#applicant-name-error').textContent).to.equal('错误：请输入申请人姓名');
    });

    it('follows lang on the nearest ancestor, live, in every view', async () => {
      const host = document.createElement('div');
      host.lang = 'en';
      document.body.append(host);
      const el = await checklist({}, HUKOU_MOVE, host);
      expect(text(el)).to.contain('4 materials are still missing');
      expect(box(el, '居民身份证', 'I have it')).to.exist;
      host.lang = 'zh-TW';
      await settle(el);
      expect(text(el)).to.contain('還缺 4 項材料');
      host.lang = 'zh-CN';
      el.mode = 'clerk';
      el.setAttribute('station', 'demo');
      el.setAttribute('window', 'w03');
      await settle(el);
      type(field(el, '申请人姓名'), '王五');
      button(el, '出具一次性告知书').click();
      await settle(el);
      expect(text(el)).to.contain('《中华人民共和国行政许可法》第三十二条');
      host.lang = 'en';
      await settle(el);
      expect(text(el)).to.contain('One-time notice');
      expect(text(el)).to.contain('Received by the applicant');
      expect(buttons(el).map((b) => b.textContent?.trim())).to.deep.equal(['Print notice', 'Next applicant']);
    });

    it('gives every box, field and button a target of at least 48 px', async () => {
      const el = await clerk();
      tick(box(el, '居民身份证', '已收到'));
      await settle(el);
      tick(box(el, '居民身份证', '有问题，需补正'));
      await settle(el);
      const targets = [...(el.shadowRoot?.querySelectorAll('label.check, input[type=text], input[type=tel], textarea, button') ?? [])];
      expect(targets.length).to.be.greaterThan(8);
      for (const t of targets) {
        const r = t.getBoundingClientRect();
        expect(r.height, t.outerHTML).to.be.at.least(48);
        expect(r.width, t.outerHTML).to.be.at.least(48);
      }
    });
  });
});
