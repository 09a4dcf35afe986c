import { COMPLAINT_CATEGORIES, type ComplaintRecord, LOCALES, validateTrackingNumber } from '@manyi/core';
import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import {
  ANONYMOUS,
  complaintForm,
  fill,
  has,
  inner,
  send,
  shownTrackingNo,
  sink,
  submitButton,
  summaryLinks,
  type,
  WITH_CONTACT,
} from '../test-support/complaint-form.js';
import { settle, shownText } from '../test-support/fixture.js';
import { sendKeys } from '../test-support/runner-commands.js';

afterEach(() => {
  for (const el of document.querySelectorAll('manyi-complaint-form, div[lang], button.before')) el.remove();
});

const active = (el: Element) => el.shadowRoot?.activeElement;

describe('manyi-complaint-form', () => {
  describe('accessibility and language', () => {
    it('has no axe violations empty, with errors, with contact details, failing and after sending', async () => {
      const el = await complaintForm({ window: 'w03', staff: 's07', 'service-item': 'hukou-move' });
      await expectNoAxeViolations(el);
      await send(el);
      expect(summaryLinks(el)).to.have.length(2);
      await expectNoAxeViolations(el);
      await fill(el, { reply: true });
      await send(el);
      expect(summaryLinks(el)).to.have.length(4);
      await expectNoAxeViolations(el);
      await fill(el, WITH_CONTACT);
      el.outbox = sink(1);
      await send(el);
      expect(shownText(el)).to.contain('投诉未能保存');
      await expectNoAxeViolations(el);
      await send(el);
      expect(shownTrackingNo(el)).to.match(/^TS-\d{6}-[0-9A-Z]{6}$/);
      await expectNoAxeViolations(el);
    });

    it('can be filled in and sent with the keyboard alone', async () => {
      const kept = sink();
      const before = document.createElement('button');
      before.className = 'before';
      before.textContent = 'before';
      document.body.append(before);
      const el = await complaintForm();
      el.outbox = kept;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('category-attitude');
      await sendKeys({ press: 'ArrowDown' }); // arrows move through the radios and choose
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('description');
      await sendKeys({ type: '窗口无人' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('reply-no');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('name');
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('phone');
      await sendKeys({ type: '010-12345678' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('consent');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(submitButton(el));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(kept.kept).to.have.length(1);
      expect(kept.kept[0]).to.deep.include({ category: 'delay', description: '窗口无人', wantsReply: true, consent: true });
      expect(kept.kept[0]?.contact).to.deep.equal({ phone: '01012345678' });
      expect(active(el)?.textContent).to.equal('投诉已提交');
    });

    it('lists the categories from @manyi/core, in each language', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      for (const locale of LOCALES) {
        host.lang = locale;
        const el = await complaintForm({}, host);
        const labels = [...(el.shadowRoot?.querySelectorAll('input[name="category"]') ?? [])].map((r) =>
          r.closest('label')?.textContent?.trim(),
        );
        expect(labels).to.deep.equal(COMPLAINT_CATEGORIES.map((c) => c.labels[locale]));
        el.remove();
      }
    });

    it('follows lang on the nearest ancestor live, error messages included', async () => {
      const host = document.createElement('div');
      host.lang = 'zh-CN';
      document.body.append(host);
      const el = await complaintForm({}, host);
      await send(el);
      expect(inner(el, 'h2').textContent).to.equal('出现问题');
      expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal(['请选择投诉类别', '请填写投诉内容']);
      host.lang = 'en';
      await settle(el);
      expect(inner(el, 'h2').textContent).to.equal('There is a problem');
      expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal(['Select what the complaint is about', 'Describe what happened']);
      expect(submitButton(el).textContent?.trim()).to.equal('Send complaint');
      host.lang = 'zh-TW';
      await settle(el);
      expect(inner(el, 'h2').textContent).to.equal('出現問題');
      expect(shownText(el)).to.contain('投訴類別');
    });

    it('counts the description as it is typed, and tells a screen reader once typing pauses', async () => {
      const el = await complaintForm();
      type(el, '#description', '办事窗口的工作人员态度很差');
      await settle(el);
      expect(inner(el, '[part~="count"]').textContent).to.equal('已输入 13/2000 字');
      const live = inner(el, '#description-count');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(inner(el, '#description').getAttribute('aria-describedby')).to.contain('description-count');
      await new Promise((r) => setTimeout(r, 900));
      await settle(el);
      expect(live.textContent).to.equal('已输入 13/2000 字');
    });

    it('makes every choice, field and button at least 48 px tall', async () => {
      const el = await complaintForm();
      await send(el);
      await fill(el, { reply: true });
      const targets =
        el.shadowRoot?.querySelectorAll('[part~="option"], textarea, input#name, input#phone, button, [part~="error-summary"] a') ?? [];
      expect(targets.length).to.be.greaterThan(12);
      for (const target of targets) expect(target.getBoundingClientRect().height, target.outerHTML.slice(0, 60)).to.be.at.least(48);
    });
  });

  describe('attributes', () => {
    it('shows the window, staff and service item it is about, read-only, and puts them in the record', async () => {
      const kept = sink();
      const el = await complaintForm({ window: 'w03', staff: 's07', 'service-item': 'hukou-move', 'window-name': '3号窗口' });
      el.outbox = kept;
      const context = inner(el, '[part~="context"]');
      expect(context.textContent?.replace(/\s+/g, '')).to.equal('投诉涉及窗口：3号窗口工作人员：s07事项：hukou-move');
      expect(context.querySelector('input, textarea, select')).to.equal(null);
      await fill(el, ANONYMOUS);
      await send(el);
      expect(kept.kept[0]).to.include({ stationId: 'demo', windowId: 'w03', staffId: 's07', serviceItemId: 'hukou-move' });
    });

    it('leaves out the context it is not given', async () => {
      const kept = sink();
      const el = await complaintForm({ staff: 's07' });
      el.outbox = kept;
      expect(inner(el, '[part~="context"]').textContent).not.to.contain('窗口');
      await fill(el, ANONYMOUS);
      await send(el);
      expect(kept.kept[0]).not.to.have.any.keys('windowId', 'serviceItemId');
      expect(kept.kept[0]?.staffId).to.equal('s07');
    });

    it('records the web channel unless told otherwise', async () => {
      const kept = sink();
      const web = await complaintForm();
      web.outbox = kept;
      await fill(web, ANONYMOUS);
      await send(web);
      const kiosk = await complaintForm({ channel: 'device' });
      kiosk.outbox = kept;
      await fill(kiosk, WITH_CONTACT);
      await send(kiosk);
      expect(kept.kept.map((r: ComplaintRecord) => r.channel)).to.deep.equal(['web', 'device']);
    });

    it('does not let a shared kiosk offer the last visitor their name or phone', async () => {
      const el = await complaintForm({ channel: 'device' });
      await fill(el, { reply: true });
      expect(inner(el, '#phone').getAttribute('autocomplete')).to.equal('off');
      const web = await complaintForm();
      await fill(web, { reply: true });
      expect(inner(web, '#phone').getAttribute('autocomplete')).to.equal('tel');
    });

    it('makes the tracking number with the enrolled node from tracking-node', async () => {
      const el = await complaintForm({ 'tracking-node': '517' });
      el.outbox = sink();
      await fill(el, ANONYMOUS);
      await send(el);
      const check = validateTrackingNumber(shownTrackingNo(el), { prefixes: ['TS'] });
      expect(check.valid && check.parts.node).to.equal(517);
    });

    for (const [attributes, names] of [
      [{ station: '' }, 'station'],
      [{ station: '东城 所' }, 'station'],
      [{ window: 'w 3' }, 'window'],
      [{ channel: 'fax' }, 'channel'],
      [{ 'tracking-node': '1024' }, 'tracking-node'],
      [{ 'tracking-node': 'seven' }, 'tracking-node'],
      [{ endpoint: 'http://[broken' }, 'endpoint'],
      [{ endpoint: '/api/v1/public/complaints', channel: 'device' }, 'channel'],
    ] as const) {
      it(`explains a bad set-up (${JSON.stringify(attributes)}) instead of taking a complaint it cannot send`, async () => {
        const el = await complaintForm(attributes);
        expect(inner(el, '[part~="error"]').textContent).to.equal('此投诉表尚未设置好，暂时无法提交投诉。请向工作人员求助。');
        expect(inner(el, '.detail').textContent).to.contain(names);
        expect(has(el, 'form')).to.equal(false);
        await expectNoAxeViolations(el);
      });
    }

    it('takes complaints again once the set-up is fixed', async () => {
      const el = await complaintForm({ station: '' });
      el.station = 'demo';
      await settle(el);
      expect(has(el, 'form')).to.equal(true);
    });
  });
});
