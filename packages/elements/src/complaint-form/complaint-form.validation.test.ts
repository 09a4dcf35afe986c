import { expect } from 'chai';
import {
  ANONYMOUS,
  complaintForm,
  events,
  fieldMessage,
  fill,
  has,
  inner,
  send,
  sink,
  summaryLinks,
  type,
  WITH_CONTACT,
} from '../test-support/complaint-form.js';
import { settle } from '../test-support/fixture.js';

afterEach(() => {
  for (const el of document.querySelectorAll('manyi-complaint-form')) el.remove();
});

const active = (el: Element) => el.shadowRoot?.activeElement;

describe('manyi-complaint-form: validation', () => {
  describe('the error summary (GOV.UK pattern)', () => {
    it('lists every problem at the top, takes focus, and marks each field with its own message', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      await fill(el, { reply: true });
      await send(el);
      const summary = inner(el, '[part~="error-summary"]');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(active(el)).to.equal(summary);
      expect(summary.querySelector('h2')?.textContent).to.equal('出现问题');
      expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal([
        '请选择投诉类别',
        '请填写投诉内容',
        '请填写联系电话，以便我们答复您',
        '请勾选同意，我们才能用您的联系方式答复您',
      ]);
      expect(fieldMessage(el, 'description')).to.equal('错误：请填写投诉内容');
      for (const [id, error] of [
        ['#description', 'description-error'],
        ['#phone', 'phone-error'],
        ['#consent', 'consent-error'],
      ] as const) {
        expect(inner(el, id).getAttribute('aria-invalid'), id).to.equal('true');
        expect(inner(el, id).getAttribute('aria-describedby'), id).to.contain(error);
      }
      expect(inner(el, '#category-attitude').getAttribute('aria-invalid')).to.equal('true');
      expect(inner(el, 'fieldset').getAttribute('aria-describedby')).to.equal('category-error');
      expect(inner(el, '#name').hasAttribute('aria-invalid')).to.equal(false);
      expect(kept.kept).to.have.length(0);
    });

    it('moves focus to the field when a summary link is followed', async () => {
      const el = await complaintForm();
      await fill(el, { reply: true });
      await send(el);
      const [category, description, phone, consent] = summaryLinks(el);
      description?.click();
      expect(active(el)?.id).to.equal('description');
      category?.click();
      expect(active(el)?.id).to.equal('category-attitude');
      phone?.click();
      expect(active(el)?.id).to.equal('phone');
      consent?.click();
      expect(active(el)?.id).to.equal('consent');
    });

    it('clears the summary once the answers are right, and sends', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      await send(el);
      await fill(el, ANONYMOUS);
      await send(el);
      expect(has(el, '[part~="error-summary"]')).to.equal(false);
      expect(kept.kept).to.have.length(1);
    });

    it('refuses a description of only spaces, and one past 2000 characters, saying by how much', async () => {
      const el = await complaintForm();
      await fill(el, { category: 'other', description: '   ' });
      await send(el);
      expect(fieldMessage(el, 'description')).to.equal('错误：请填写投诉内容');
      type(el, '#description', '长'.repeat(2003));
      await send(el);
      expect(fieldMessage(el, 'description')).to.equal('错误：投诉内容不能超过 2000 字，请删减 3 字');
      expect(inner(el, '[part~="count"]').textContent).to.equal('已输入 2003/2000 字');
      expect(inner(el, '[part~="count"]').classList.contains('over')).to.equal(true);
    });
  });

  describe('phone numbers', () => {
    const cases = [
      ['62345678', '错误：固定电话请加区号，如 010-12345678'],
      ['1380013800', '错误：手机号码应为 11 位数字'],
      ['ask for Li', '错误：请填写 11 位手机号码，或带区号的固定电话，如 010-12345678'],
      ['12012345678', '错误：请填写 11 位手机号码，或带区号的固定电话，如 010-12345678'],
    ] as const;
    for (const [phone, said] of cases) {
      it(`says how to fix "${phone}"`, async () => {
        const el = await complaintForm();
        await fill(el, { ...WITH_CONTACT, phone });
        await send(el);
        expect(fieldMessage(el, 'phone')).to.equal(said);
        expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal([said.replace('错误：', '')]);
      });
    }

    it('in English too', async () => {
      const el = await complaintForm({ lang: 'en' });
      await fill(el, { ...WITH_CONTACT, phone: '87654321' });
      await send(el);
      expect(fieldMessage(el, 'phone')).to.equal('Error: Enter a landline with its area code, like 010-12345678');
    });

    for (const [typed, stored] of [
      ['138 0013 8000', '13800138000'],
      ['+86 139-1234-5678', '13912345678'],
      ['010-12345678', '01012345678'],
      ['(0755) 8765 4321 转 12', '075587654321#12'],
    ] as const) {
      it(`takes "${typed}" and keeps it as ${stored}`, async () => {
        const kept = sink();
        const el = await complaintForm();
        el.outbox = kept;
        await fill(el, { ...WITH_CONTACT, phone: typed });
        await send(el);
        expect(kept.kept[0]?.contact?.phone).to.equal(stored);
      });
    }
  });

  describe('anonymous by default', () => {
    it('asks for no contact details, and keeps none, unless a reply is wanted', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      expect(inner<HTMLInputElement>(el, '#reply-no').checked).to.equal(true);
      expect(has(el, '#name') || has(el, '#phone') || has(el, '#consent')).to.equal(false);
      await fill(el, ANONYMOUS);
      await send(el);
      expect(kept.kept[0]).to.include({ wantsReply: false });
      expect(kept.kept[0]).not.to.have.any.keys('contact', 'consent');
    });

    it('shows the consent box together with the contact fields, and needs it ticked', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      await fill(el, { ...WITH_CONTACT, consent: false });
      expect(has(el, '#consent')).to.equal(true);
      await send(el);
      expect(fieldMessage(el, 'consent')).to.equal('错误：请勾选同意，我们才能用您的联系方式答复您');
      expect(kept.kept).to.have.length(0);
      await fill(el, { consent: true });
      await send(el);
      expect(kept.kept[0]).to.deep.include({ wantsReply: true, consent: true, contact: { name: '王女士', phone: '13800138000' } });
    });

    it('forgets typed contact details when the visitor goes back to anonymous', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      await fill(el, WITH_CONTACT);
      await fill(el, { reply: false });
      expect(has(el, '#phone')).to.equal(false);
      await fill(el, { reply: true });
      expect(inner<HTMLInputElement>(el, '#phone').value).to.equal('');
      expect(inner<HTMLInputElement>(el, '#consent').checked).to.equal(false);
      await fill(el, { reply: false });
      await send(el);
      expect(kept.kept[0]).not.to.have.any.keys('contact', 'consent');
    });

    it('keeps nothing of the visitor after reset(), as the kiosk does on idle', async () => {
      const el = await complaintForm();
      const submitted = events(el, 'manyi-complaint-submitted');
      await fill(el, { ...WITH_CONTACT, category: '' });
      await send(el);
      expect(summaryLinks(el)).to.have.length(1);
      el.reset();
      await settle(el);
      expect(has(el, '[part~="error-summary"]')).to.equal(false);
      expect(inner<HTMLTextAreaElement>(el, '#description').value).to.equal('');
      expect(el.shadowRoot?.querySelector<HTMLInputElement>('input[name="category"]:checked')).to.equal(null);
      expect(has(el, '#phone')).to.equal(false);
      await fill(el, { reply: true });
      expect(inner<HTMLInputElement>(el, '#name').value).to.equal('');
      expect(inner<HTMLInputElement>(el, '#phone').value).to.equal('');
      expect(submitted).to.have.length(0);
    });
  });
});
