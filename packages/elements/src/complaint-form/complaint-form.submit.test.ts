import { type ComplaintRecord, complaintSecret, makeTrackingNumber, validateTrackingNumber } from '@manyi/core';
import { expect } from 'chai';
import {
  ANONYMOUS,
  complaintForm,
  errorEvents,
  events,
  fill,
  has,
  inner,
  send,
  shownTrackingNo,
  sink,
  submitButton,
  WITH_CONTACT,
} from '../test-support/complaint-form.js';
import { settle, shownText } from '../test-support/fixture.js';
import type { ComplaintFormComplaintEvent, ComplaintFormSubmittedEvent } from './complaint-form.events.js';

const realFetch = window.fetch;

afterEach(() => {
  window.fetch = realFetch;
  for (const el of document.querySelectorAll('manyi-complaint-form')) el.remove();
});

/** Stands in for the network (msw is not resolvable from @manyi/elements): answers with `reply` and records each request. */
function collector(reply: () => Response | Promise<Response>) {
  const requests: { url: string; method: string; body: ComplaintRecord }[] = [];
  window.fetch = async (input, init) => {
    requests.push({ url: String(input), method: init?.method ?? 'GET', body: JSON.parse(String(init?.body)) as ComplaintRecord });
    return reply();
  };
  return requests;
}

const SERVER_NUMBER = makeTrackingNumber({ prefix: 'TS', date: '2026-03-02', node: 1000, seq: 41 });

describe('manyi-complaint-form: sending', () => {
  describe('on the device (outbox or submit)', () => {
    it('keeps the complaint, fires manyi-complaint-submitted, and shows the tracking number to keep', async () => {
      const kept = sink();
      const el = await complaintForm({ window: 'w03' });
      el.outbox = kept;
      const submitted = events<ComplaintFormSubmittedEvent>(el, 'manyi-complaint-submitted');
      await fill(el, ANONYMOUS);
      await send(el);
      const [record] = kept.kept;
      expect(record).to.include({ kind: 'complaint', stationId: 'demo', windowId: 'w03', category: 'delay', channel: 'web' });
      expect(record?.description).to.equal('等了两个小时，窗口一直没人');
      const secret = complaintSecret(record?.id ?? '');
      expect(submitted[0]?.detail).to.deep.equal({ record, trackingNo: record?.trackingNo, secret });
      expect(shownTrackingNo(el)).to.equal(record?.trackingNo);
      expect(inner(el, '[part~="tracking-secret"]').textContent?.trim()).to.equal(secret);
      expect(inner(el, '[part~="tracking-number"]').querySelectorAll('.group')).to.have.length(3);
      expect(shownText(el)).to.contain('凭二者可以查询处理进度和答复');
      expect(el.shadowRoot?.activeElement?.textContent).to.equal('投诉已提交');
    });

    it('makes valid, different tracking numbers for two complaints on one device, offline', async () => {
      const requests = collector(() => {
        throw new TypeError('Failed to fetch');
      });
      const kept = sink();
      const el = await complaintForm({ 'tracking-node': '33' });
      el.outbox = kept;
      const shown: string[] = [];
      for (let i = 0; i < 2; i++) {
        await fill(el, ANONYMOUS);
        await send(el);
        shown.push(shownTrackingNo(el));
        inner(el, '[part~="another"]').click();
        await settle(el);
      }
      expect(shown[0]).not.to.equal(shown[1]);
      const checks = shown.map((n) => validateTrackingNumber(n, { prefixes: ['TS'] }));
      expect(checks.map((c) => c.valid)).to.deep.equal([true, true]);
      const [first, second] = checks;
      if (first?.valid && second?.valid) expect(second.parts.seq).to.equal(first.parts.seq + 1);
      expect(kept.kept.map((r) => r.trackingNo)).to.deep.equal(shown);
      expect(requests).to.have.length(0);
    });

    it('keeps one node for the device when none is enrolled', async () => {
      localStorage.removeItem('manyi:tracking-node');
      const nodes: number[] = [];
      for (let i = 0; i < 2; i++) {
        const el = await complaintForm();
        await fill(el, ANONYMOUS);
        await send(el);
        const check = validateTrackingNumber(shownTrackingNo(el));
        if (check.valid) nodes.push(check.parts.node);
        el.remove();
      }
      expect(nodes).to.have.length(2);
      expect(nodes[0]).to.equal(nodes[1]);
      expect(localStorage.getItem('manyi:tracking-node')).to.equal(String(nodes[0]));
    });

    it('hands the record to a submit function when there is no outbox', async () => {
      const received: ComplaintRecord[] = [];
      const el = await complaintForm();
      el.submit = async (record) => {
        received.push(record);
      };
      await fill(el, ANONYMOUS);
      await send(el);
      expect(received).to.have.length(1);
      expect(shownTrackingNo(el)).to.equal(received[0]?.trackingNo);
    });

    it('sends one complaint for a double tap or a double Enter', async () => {
      const kept = sink(0, 30);
      const el = await complaintForm();
      el.outbox = kept;
      await fill(el, ANONYMOUS);
      submitButton(el).click();
      submitButton(el).click();
      await settle(el);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(el).textContent?.trim()).to.equal('正在提交…');
      inner<HTMLFormElement>(el, 'form').requestSubmit();
      await new Promise((r) => setTimeout(r, 60));
      await settle(el);
      expect(kept.kept).to.have.length(1);
    });

    it('shows the next visitor an empty form when the kiosk resets while a complaint is still being kept', async () => {
      const kept = sink(0, 30);
      const el = await complaintForm();
      el.outbox = kept;
      const submitted = events(el, 'manyi-complaint-submitted');
      await fill(el, WITH_CONTACT);
      submitButton(el).click();
      el.reset();
      await new Promise((r) => setTimeout(r, 60));
      await settle(el);
      expect(kept.kept).to.have.length(1);
      expect(submitted).to.have.length(1);
      expect(has(el, '[part~="tracking-number"]')).to.equal(false);
      expect(inner<HTMLTextAreaElement>(el, '#description').value).to.equal('');
      expect(submitButton(el).textContent?.trim()).to.equal('提交投诉');
    });

    it('forgets the visitor once the complaint is in: another complaint starts empty and anonymous', async () => {
      const el = await complaintForm();
      el.outbox = sink();
      await fill(el, WITH_CONTACT);
      await send(el);
      inner(el, '[part~="another"]').click();
      await settle(el);
      expect(el.shadowRoot?.activeElement?.textContent).to.equal('我要投诉');
      expect(inner<HTMLTextAreaElement>(el, '#description').value).to.equal('');
      expect(inner<HTMLInputElement>(el, '#reply-no').checked).to.equal(true);
      await fill(el, { reply: true });
      expect(inner<HTMLInputElement>(el, '#phone').value).to.equal('');
    });
  });

  describe('the manyi-complaint event', () => {
    it('lets the host veto the complaint, keeping what the visitor wrote', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      const submitted = events(el, 'manyi-complaint-submitted');
      el.addEventListener('manyi-complaint', (e) => e.preventDefault());
      await fill(el, ANONYMOUS);
      await send(el);
      expect(kept.kept).to.have.length(0);
      expect(submitted).to.have.length(0);
      expect(inner<HTMLTextAreaElement>(el, '#description').value).to.equal(ANONYMOUS.description);
      expect(has(el, '[part~="tracking-number"]')).to.equal(false);
    });

    it('lets the host enrich the record before it is kept', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      el.addEventListener('manyi-complaint', (e: ComplaintFormComplaintEvent) => {
        e.detail.record = { ...e.detail.record, staffId: 's09' };
      });
      await fill(el, ANONYMOUS);
      await send(el);
      expect(kept.kept[0]?.staffId).to.equal('s09');
    });

    it('refuses an enriched record that breaks the schema, and says so', async () => {
      const kept = sink();
      const el = await complaintForm();
      el.outbox = kept;
      const errors = errorEvents(el);
      el.addEventListener('manyi-complaint', (e: ComplaintFormComplaintEvent) => {
        e.detail.record = { ...e.detail.record, staffId: 'not a slug' };
      });
      await fill(el, ANONYMOUS);
      await send(el);
      expect(kept.kept).to.have.length(0);
      expect(errors).to.have.length(1);
      expect(inner(el, '[part~="error"]').textContent).to.contain('投诉表设置有误');
    });
  });

  describe('failures', () => {
    it('says so when keeping fails, keeps every answer, and a retry sends the same record id', async () => {
      const kept = sink(1);
      const el = await complaintForm();
      el.outbox = kept;
      const errors = errorEvents(el);
      await fill(el, WITH_CONTACT);
      await send(el);
      expect(errors).to.have.length(1);
      expect(inner(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
      expect(shownText(el)).to.contain('您填写的内容都还在');
      expect(inner<HTMLTextAreaElement>(el, '#description').value).to.equal(WITH_CONTACT.description);
      expect(inner<HTMLInputElement>(el, '#phone').value).to.equal(WITH_CONTACT.phone);
      expect(submitButton(el).textContent?.trim()).to.equal('重新提交');
      const failed = errors[0]?.detail.record;
      await send(el);
      expect(kept.kept.map((r) => [r.id, r.trackingNo])).to.deep.equal([[failed?.id, failed?.trackingNo]]);
      expect(shownTrackingNo(el)).to.equal(failed?.trackingNo);
    });
  });

  describe('the collector web channel (endpoint)', () => {
    it('POSTs the record and shows the tracking number the collector answers with', async () => {
      const requests = collector(() => Response.json({ trackingNo: SERVER_NUMBER }, { status: 201 }));
      const el = await complaintForm({ endpoint: '/api/v1/public/complaints' });
      const submitted = events<ComplaintFormSubmittedEvent>(el, 'manyi-complaint-submitted');
      await fill(el, WITH_CONTACT);
      await send(el);
      expect(requests).to.have.length(1);
      expect(requests[0]).to.deep.include({ url: '/api/v1/public/complaints', method: 'POST' });
      expect(requests[0]?.body).to.deep.include({
        kind: 'complaint',
        stationId: 'demo',
        category: 'delay',
        wantsReply: true,
        consent: true,
      });
      expect(requests[0]?.body).not.to.have.property('trackingNo'); // the collector makes it, and refuses one
      expect(shownTrackingNo(el)).to.equal(SERVER_NUMBER);
      expect(submitted[0]?.detail.trackingNo).to.equal(SERVER_NUMBER);
      expect(submitted[0]?.detail.record.trackingNo).to.equal(SERVER_NUMBER);
      expect(submitted[0]?.detail.record.id).to.equal(requests[0]?.body.id);
    });

    it('keeps the form when the network fails, and a retry resends the same record id', async () => {
      let online = false;
      const requests = collector(() => {
        if (!online) throw new TypeError('Failed to fetch');
        return Response.json({ trackingNo: SERVER_NUMBER }, { status: 201 });
      });
      const el = await complaintForm({ endpoint: '/api/v1/public/complaints' });
      const errors = errorEvents(el);
      await fill(el, ANONYMOUS);
      await send(el);
      expect(inner(el, '[part~="error"]').textContent).to.equal('网络连接出现问题，投诉尚未提交。您填写的内容都还在，请稍后重新提交。');
      expect(errors).to.have.length(1);
      expect(inner<HTMLTextAreaElement>(el, '#description').value).to.equal(ANONYMOUS.description);
      online = true;
      await send(el);
      expect(requests.map((r) => r.body.id)).to.deep.equal([requests[0]?.body.id, requests[0]?.body.id]);
      expect(shownTrackingNo(el)).to.equal(SERVER_NUMBER);
    });

    it('does not claim success when the collector answers without a tracking number', async () => {
      collector(() => Response.json({}, { status: 201 }));
      const el = await complaintForm({ endpoint: '/api/v1/public/complaints' });
      const errors = errorEvents(el);
      await fill(el, ANONYMOUS);
      await send(el);
      expect(errors).to.have.length(1);
      expect(has(el, '[part~="tracking-number"]')).to.equal(false);
      expect(inner<HTMLTextAreaElement>(el, '#description').value).to.equal(ANONYMOUS.description);
    });

    it('explains a refusal by the collector and keeps the form', async () => {
      collector(() => Response.json({ error: { code: 'invalid_record', message: 'description: must not be empty' } }, { status: 422 }));
      const el = await complaintForm({ endpoint: '/api/v1/public/complaints' });
      const errors = errorEvents(el);
      await fill(el, ANONYMOUS);
      await send(el);
      expect(inner(el, '[part~="error"]').textContent).to.contain('投诉暂时无法受理');
      expect(String(errors[0]?.detail.error)).to.contain('invalid_record');
      expect(has(el, '#description')).to.equal(true);
    });
  });
});
