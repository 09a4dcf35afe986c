import { type NoticeRecord, validateTrackingNumber } from '@manyi/core';
import { expect } from 'chai';
import { box, checklist, clearNoticeCounters, clerk, field, HUKOU_MOVE, settle, sink, tick, type } from '../test-support/checklist.js';
import { button, buttons, shownText } from '../test-support/fixture.js';
import type { NoticeChecklistErrorEvent, NoticeChecklistSelfCheckEvent } from './notice-checklist.events.js';

const text = shownText;

beforeEach(() => clearNoticeCounters());
afterEach(() => {
  for (const el of document.querySelectorAll('manyi-notice-checklist')) el.remove();
});

/** Fills in the applicant and issues, leaving every material missing; returns what the outbox kept. */
async function issueAllMissing(el: Awaited<ReturnType<typeof clerk>>): Promise<NoticeRecord | undefined> {
  const kept = sink();
  el.outbox = kept;
  type(field(el, '申请人姓名'), '赵六');
  await settle(el);
  button(el, '出具一次性告知书').click();
  await settle(el);
  return kept.kept[0];
}

const blobUrl = (body: unknown): string => URL.createObjectURL(new Blob([JSON.stringify(body)], { type: 'application/json' }));

describe('manyi-notice-checklist attributes', () => {
  describe('mode', () => {
    it('is a self-check for citizens unless told otherwise, and falls back to it for an unknown mode', async () => {
      const el = await checklist();
      expect(el.mode).to.equal('self-check');
      expect(text(el)).to.contain('户口迁移：材料自查');
      expect(() => field(el, '申请人姓名')).to.throw();
      el.setAttribute('mode', 'admin');
      await settle(el);
      expect(el.getAttribute('mode')).to.equal('self-check');
      el.setAttribute('mode', 'clerk');
      await settle(el);
      expect(text(el)).to.contain('户口迁移：收件核对');
      expect(field(el, '申请人姓名')).to.exist;
    });

    it('carries the ticks over when switching from self-check to clerk mode', async () => {
      const el = await checklist();
      tick(box(el, '居民户口簿', '我已备好'));
      el.mode = 'clerk';
      await settle(el);
      expect(box(el, '居民户口簿', '已收到').checked).to.equal(true);
    });
  });

  describe('service item', () => {
    it('names the wrong field of a bad service item, and fires manyi-error', async () => {
      const errors: NoticeChecklistErrorEvent[] = [];
      const listener = (e: Event) => errors.push(e as NoticeChecklistErrorEvent);
      document.addEventListener('manyi-error', listener);
      const bad = { ...HUKOU_MOVE, guide: { materials: [{ id: 'id-card', name: '居民身份证', form: 'scan', copies: 1 }] } };
      const el = await checklist({}, bad);
      document.removeEventListener('manyi-error', listener);
      expect(text(el)).to.contain('办事指南数据有误');
      expect(text(el)).to.contain('guide.materials[0].form');
      expect(el.shadowRoot?.querySelector('[role=alert]')).to.exist;
      expect(el.shadowRoot?.querySelector('fieldset')).to.equal(null);
      expect(String(errors[0]?.detail.error)).to.contain('guide.materials[0].form');
    });

    it('says so when no service item is given at all', async () => {
      const el = await checklist({}, null);
      expect(text(el)).to.contain('尚未提供事项的办事指南');
    });

    it('fetches the service item from src and shows its materials', async () => {
      const el = await checklist({ src: blobUrl(HUKOU_MOVE) }, null);
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      expect(box(el, '授权委托书', '我已备好')).to.exist;
      expect(text(el)).to.contain('仅委托办理时提供');
    });

    it('validates what src returns and names the wrong field', async () => {
      const el = await checklist({ src: blobUrl({ id: 'hukou-move', name: '户口迁移', guide: { materials: 'none' } }) }, null);
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      expect(text(el)).to.contain('办事指南数据有误');
      expect(text(el)).to.contain('guide.materials');
    });

    it('tells the visitor when src cannot be reached, and loads again on request', async () => {
      const realFetch = window.fetch;
      let calls = 0;
      window.fetch = async () => {
        calls++;
        return calls === 1 ? new Response('gone', { status: 404 }) : Response.json(HUKOU_MOVE);
      };
      try {
        const el = await checklist({ src: '/guides/hukou-move.json' }, null);
        await settle(el);
        expect(text(el)).to.contain('暂时无法获取办事指南');
        expect(text(el)).to.contain('HTTP 404');
        button(el, '重新加载').click();
        await settle(el);
        expect(calls).to.equal(2);
        expect(box(el, '居民身份证', '我已备好')).to.exist;
      } finally {
        window.fetch = realFetch;
      }
    });

    it('keeps what was entered when the same service item is set again, and starts afresh for another', async () => {
      const el = await clerk();
      type(field(el, '申请人姓名'), '钱七');
      tick(box(el, '居民身份证', '已收到'));
      await settle(el);
      el.serviceItem = structuredClone(HUKOU_MOVE);
      await settle(el);
      expect(field(el, '申请人姓名').value).to.equal('钱七');
      expect(box(el, '居民身份证', '已收到').checked).to.equal(true);
      el.serviceItem = { ...HUKOU_MOVE, id: 'hukou-split', name: '分户' };
      await settle(el);
      expect(field(el, '申请人姓名').value).to.equal('');
    });
  });

  describe('context of the record', () => {
    it('puts station, window, staff, channel and the service item into the notice', async () => {
      const record = await issueAllMissing(await clerk({ channel: 'staff' }));
      expect(record).to.deep.include({
        kind: 'notice',
        stationId: 'demo',
        windowId: 'w03',
        staffId: 's07',
        channel: 'staff',
        serviceItemId: 'hukou-move',
      });
    });

    it('refuses a channel it does not know as a setup problem, rather than passing it off as the device', async () => {
      const el = await clerk({ channel: 'telepathy' });
      expect(await issueAllMissing(el)).to.equal(undefined);
      expect(text(el)).to.contain('组件设置有误');
      expect(text(el)).to.contain('channel');
    });

    it('leaves staff out when not set', async () => {
      const record = await issueAllMissing(await clerk({ staff: '' }));
      expect(record?.channel).to.equal('device');
      expect(record).not.to.have.property('staffId');
    });

    it('numbers notices with the tracking node, and refuses a node out of range', async () => {
      const record = await issueAllMissing(await clerk({ 'tracking-node': '1023' }));
      const check = validateTrackingNumber(record?.noticeNo ?? '', { prefixes: ['GZ'] });
      expect(check.valid && check.parts.node).to.equal(1023);
      const el = await clerk({ 'tracking-node': '1024' });
      expect(await issueAllMissing(el)).to.equal(undefined);
      expect(text(el)).to.contain('组件设置有误');
      expect(text(el)).to.contain('tracking-node');
    });

    it('refuses to issue without a station or window and says it is a setup problem', async () => {
      const el = await clerk({ window: '' });
      expect(await issueAllMissing(el)).to.equal(undefined);
      expect(text(el)).to.contain('组件设置有误');
      expect(text(el)).to.contain('windowId');
      expect(field(el, '申请人姓名').value).to.equal('赵六');
    });

    it('prints and records the time limit given by time-limit-days', async () => {
      const el = await clerk({ 'time-limit-days': '10' });
      const record = await issueAllMissing(el);
      expect(record?.timeLimitDays).to.equal(10);
      expect(text(el)).to.contain('请于 10 个工作日内补齐上述材料');
    });

    it('takes legal basis, place and query phone from the guide, citing the law when the guide has none', async () => {
      const record = await issueAllMissing(await clerk());
      expect(record?.legalBasis).to.contain('《中华人民共和国行政许可法》第三十二条');
      expect(record).to.deep.include({ place: '市民中心二楼 B 区', queryPhone: '0571-88001234' });
      const own = { ...HUKOU_MOVE, guide: { ...HUKOU_MOVE.guide, legalBasis: '《户口登记条例》第十条' } };
      const el = await clerk({}, own);
      expect((await issueAllMissing(el))?.legalBasis).to.equal('《户口登记条例》第十条');
      expect(text(el)).to.contain('《户口登记条例》第十条');
    });

    it('puts the notice URL from notice-url into the QR code, and the number itself without it', async () => {
      const el = await clerk({ 'notice-url': 'https://zwfw.example.gov.cn/notice/{noticeNo}?from=qr' });
      const record = await issueAllMissing(el);
      const qr = el.shadowRoot?.querySelector('svg.qr');
      expect(qr?.getAttribute('data-content')).to.equal(`https://zwfw.example.gov.cn/notice/${record?.noticeNo}?from=qr`);
      const plain = await clerk();
      const second = await issueAllMissing(plain);
      expect(plain.shadowRoot?.querySelector('svg.qr')?.getAttribute('data-content')).to.equal(second?.noticeNo);
    });
  });

  describe('self-check', () => {
    it('shows each condition and what is missing with how to obtain it, updating as the citizen ticks', async () => {
      const el = await checklist();
      expect(text(el)).to.contain('适用情形：仅委托办理时提供');
      expect(text(el)).to.contain('还缺 4 项材料');
      tick(box(el, '居民身份证', '我已备好'));
      tick(box(el, '授权委托书', '我不属于这种情形'));
      await settle(el);
      const summary = el.shadowRoot?.querySelector('[part~=summary]');
      expect(summary?.textContent?.replace(/\s+/g, ' ')).to.contain('还缺 2 项材料');
      expect([...(summary?.querySelectorAll('li .material-name') ?? [])].map((n) => n.textContent)).to.deep.equal([
        '居民户口簿',
        '迁入地住房证明',
      ]);
      expect(summary?.textContent).to.contain('不动产登记中心打印');
      expect(summary?.getAttribute('aria-live')).to.equal('polite');
    });

    it('reports the missing list in manyi-self-check-change and sends nothing anywhere', async () => {
      const el = await checklist({ station: 'demo', window: 'w03' });
      const kept = sink();
      el.outbox = kept;
      const events: NoticeChecklistSelfCheckEvent[] = [];
      el.addEventListener('manyi-self-check-change', (e) => events.push(e));
      tick(box(el, '居民户口簿', '我已备好'));
      tick(box(el, '迁入地住房证明', '我已备好'));
      await settle(el);
      expect(events.at(-1)?.detail.serviceItemId).to.equal('hukou-move');
      expect(events.at(-1)?.detail.missing.map((m) => m.id)).to.deep.equal(['id-card', 'proxy']);
      expect(events.at(-1)?.composed).to.equal(true);
      tick(box(el, '居民身份证', '我已备好'));
      tick(box(el, '授权委托书', '我已备好'));
      await settle(el);
      expect(events.at(-1)?.detail.missing).to.deep.equal([]);
      expect(text(el)).to.contain('材料已备齐，可以取号办理');
      expect(buttons(el)).to.have.length(0);
      expect(kept.kept).to.have.length(0);
    });
  });
});
