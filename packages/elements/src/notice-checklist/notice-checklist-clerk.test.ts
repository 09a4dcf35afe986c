import { type NoticeRecord, NoticeRecordSchema, validateTrackingNumber } from '@manyi/core';
import { expect } from 'chai';
import { $, box, clearNoticeCounters, clerk, field, nextEvent, settle, sink, tick, type } from '../test-support/checklist.js';
import { button, buttons, shownText } from '../test-support/fixture.js';
import type { NoticeChecklistErrorEvent } from './notice-checklist.events.js';

const text = shownText;

beforeEach(() => clearNoticeCounters());
afterEach(() => {
  for (const el of document.querySelectorAll('manyi-notice-checklist')) el.remove();
});

type Checklist = Awaited<ReturnType<typeof clerk>>;

/** The usual case: the ID card came but its copy is unreadable, the household book came, the rest did not. */
async function receiveSome(el: Checklist): Promise<void> {
  type(field(el, '申请人姓名'), ' 张三 ');
  type(field(el, '联系电话（选填）'), '138 0013 8000');
  tick(box(el, '居民身份证', '已收到'));
  tick(box(el, '居民户口簿', '已收到'));
  await settle(el);
  tick(box(el, '居民身份证', '有问题，需补正'));
  await settle(el);
  type(field(el, '问题说明'), '复印件不清晰');
  await settle(el);
}

async function issue(el: Checklist): Promise<void> {
  button(el, '出具一次性告知书').click();
  await settle(el);
}

describe('manyi-notice-checklist clerk mode', () => {
  describe('issuing a notice', () => {
    it('lists every missing and defective material exactly once, in a record the schema accepts', async () => {
      const kept = sink();
      const el = await clerk();
      el.outbox = kept;
      await receiveSome(el);
      expect(text(el)).to.contain('缺少 2 项，需补正 1 项');
      const issued = nextEvent<CustomEvent<{ record: NoticeRecord }>>(el, 'manyi-notice-issued');
      await issue(el);
      const record = kept.kept[0];
      expect(kept.kept).to.have.length(1);
      expect(NoticeRecordSchema.safeParse(record).success).to.equal(true);
      expect(record?.items).to.deep.equal([
        { materialId: 'id-card', name: '居民身份证', problem: 'defective', detail: '复印件不清晰' },
        { materialId: 'housing', name: '迁入地住房证明', problem: 'missing', detail: '复印件 2 份；A4 纸' },
        { materialId: 'proxy', name: '授权委托书', problem: 'missing', detail: '原件 1 份' },
      ]);
      expect(record?.applicant).to.deep.equal({ name: '张三', phone: '13800138000' });
      expect((await issued).detail.record).to.equal(record);
    });

    it('shows the issued notice with number, applicant, every item, terms, issuer, signature line and QR code', async () => {
      const el = await clerk();
      el.outbox = sink();
      await receiveSome(el);
      await issue(el);
      const notice = $(el, '[part~=notice]');
      const shown = notice.textContent?.replace(/\s+/g, ' ') ?? '';
      for (const part of ['一次性告知书', '材料补正告知书', '张三', '13800138000', '户口迁移（330100-HJ-001）', '居民身份证', '需补正']) {
        expect(shown).to.contain(part);
      }
      for (const part of ['问题：复印件不清晰', '迁入地住房证明', '不动产登记中心打印', '授权委托书', '补正地点：市民中心二楼 B 区']) {
        expect(shown).to.contain(part);
      }
      for (const part of ['咨询电话：0571-88001234', '告知窗口：w03', '经办人：s07', '申请人签收：', '收费：不收费', '行政许可法']) {
        expect(shown).to.contain(part);
      }
      expect(notice.querySelectorAll('.notice-item')).to.have.length(3);
      expect(shown).not.to.contain('居民户口簿');
      expect(notice.querySelector('svg[role=img]')).to.exist;
    });

    it('gives each notice its own valid number from the day counter', async () => {
      const numbers: string[] = [];
      for (let i = 0; i < 2; i++) {
        const kept = sink();
        const el = await clerk();
        el.outbox = kept;
        type(field(el, '申请人姓名'), `申请人${i}`);
        await issue(el);
        numbers.push(kept.kept[0]?.noticeNo ?? '');
        el.remove();
      }
      expect(numbers[0]).not.to.equal(numbers[1]);
      const parts = numbers.map((n) => validateTrackingNumber(n, { prefixes: ['GZ'] }));
      const [first, second] = parts.map((p) => (p.valid ? p.parts.seq : Number.NaN));
      expect(second).to.equal((first ?? 0) + 1);
      expect(parts.map((p) => p.valid && p.parts.node)).to.deep.equal([17, 17]);
      expect(text(await clerk())).not.to.contain(numbers[1] ?? '?');
    });

    it('hands the notice to submit when there is no outbox, and only announces it when there is neither', async () => {
      const submitted: NoticeRecord[] = [];
      const el = await clerk();
      el.submit = async (record) => {
        submitted.push(record);
      };
      type(field(el, '申请人姓名'), '孙八');
      await issue(el);
      expect(submitted.map((r) => r.applicant.name)).to.deep.equal(['孙八']);
      const bare = await clerk();
      const issued = nextEvent<CustomEvent<{ record: NoticeRecord }>>(bare, 'manyi-notice-issued');
      type(field(bare, '申请人姓名'), '周九');
      await issue(bare);
      expect((await issued).detail.record.applicant.name).to.equal('周九');
    });

    it('says there is nothing to notify when every material came in order, and offers no notice', async () => {
      const el = await clerk();
      el.outbox = sink();
      for (const name of ['居民身份证', '居民户口簿', '迁入地住房证明']) tick(box(el, name, '已收到'));
      await settle(el);
      expect(text(el)).to.contain('缺少 1 项');
      tick(box(el, '授权委托书', '本次不适用'));
      await settle(el);
      expect(text(el)).to.contain('材料齐全，无需出具一次性告知书，可以受理');
      expect(buttons(el).map((b) => b.textContent?.trim())).not.to.include('出具一次性告知书');
    });

    it('starts afresh for the next applicant', async () => {
      const el = await clerk();
      el.outbox = sink();
      await receiveSome(el);
      await issue(el);
      button(el, '办理下一位').click();
      await settle(el);
      expect(field(el, '申请人姓名').value).to.equal('');
      expect(box(el, '居民身份证', '已收到').checked).to.equal(false);
      expect(el.shadowRoot?.activeElement?.id).to.equal('applicant-name');
    });
  });

  describe('validation', () => {
    it('asks what is wrong with a defective material before issuing, beside the field and in the summary', async () => {
      const kept = sink();
      const el = await clerk();
      el.outbox = kept;
      type(field(el, '申请人姓名'), '张三');
      tick(box(el, '居民户口簿', '已收到'));
      await settle(el);
      tick(box(el, '居民户口簿', '有问题，需补正'));
      await settle(el);
      await issue(el);
      expect(kept.kept).to.have.length(0);
      expect($(el, '.error-summary').textContent).to.contain('请说明“居民户口簿”有什么问题');
      const defect = field(el, '问题说明');
      expect(defect.getAttribute('aria-invalid')).to.equal('true');
      expect(defect.getAttribute('aria-describedby')).to.contain(`${defect.id}-error`);
      $<HTMLAnchorElement>(el, '.error-summary a').click();
      expect(el.shadowRoot?.activeElement).to.equal(defect);
      type(defect, '页面破损');
      await settle(el);
      expect(el.shadowRoot?.querySelector('.error-summary')).to.equal(null);
      await issue(el);
      expect(kept.kept[0]?.items.find((i) => i.materialId === 'hukou-book')).to.deep.include({ problem: 'defective', detail: '页面破损' });
    });

    it('asks for the applicant’s name and a valid phone number', async () => {
      const el = await clerk();
      el.outbox = sink();
      type(field(el, '联系电话（选填）'), '12345');
      await issue(el);
      const summary = [...(el.shadowRoot?.querySelectorAll('.error-summary a') ?? [])].map((a) => a.textContent);
      expect(summary).to.deep.equal(['请输入申请人姓名', '请输入正确的手机号（11 位）或带区号的固定电话']);
      type(field(el, '申请人姓名'), '这'.repeat(51));
      await settle(el);
      expect(text(el)).to.contain('申请人姓名不能超过 50 个字');
    });
  });

  describe('events', () => {
    it('lets the host veto the notice through the cancelable manyi-notice event, keeping the input', async () => {
      const kept = sink();
      const el = await clerk();
      el.outbox = kept;
      el.addEventListener('manyi-notice', (e) => e.preventDefault());
      await receiveSome(el);
      await issue(el);
      expect(kept.kept).to.have.length(0);
      expect(el.shadowRoot?.querySelector('.notice')).to.equal(null);
      expect(field(el, '申请人姓名').value).to.equal(' 张三 ');
      expect(field(el, '问题说明').value).to.equal('复印件不清晰');
    });

    it('lets the host enrich the record before it is kept', async () => {
      const kept = sink();
      const el = await clerk();
      el.outbox = kept;
      el.addEventListener('manyi-notice', (e) => {
        e.detail.record = { ...e.detail.record, seq: 42 };
      });
      type(field(el, '申请人姓名'), '吴十');
      await issue(el);
      expect(kept.kept[0]?.seq).to.equal(42);
    });

    it('keeps the input when saving fails, and a retry sends the same notice with the same id and number', async () => {
      const kept = sink(1);
      const el = await clerk();
      el.outbox = kept;
      await receiveSome(el);
      const failed = nextEvent<NoticeChecklistErrorEvent>(el, 'manyi-error');
      await issue(el);
      const { record, error } = (await failed).detail;
      expect((error as DOMException).name).to.equal('QuotaExceededError');
      expect(text(el)).to.contain('告知书未能保存，填写的内容都还在');
      expect(field(el, '申请人姓名').value).to.equal(' 张三 ');
      expect(box(el, '居民户口簿', '已收到').checked).to.equal(true);
      button(el, '再试一次').click();
      await settle(el);
      expect(kept.kept.map((r) => [r.id, r.noticeNo])).to.deep.equal([[record?.id, record?.noticeNo]]);
      expect(el.shadowRoot?.querySelector('.notice')).to.exist;
    });

    it('makes a new notice when the clerk changes the form after a failure', async () => {
      const kept = sink(1);
      const el = await clerk();
      el.outbox = kept;
      type(field(el, '申请人姓名'), '郑十一');
      const failed = nextEvent<NoticeChecklistErrorEvent>(el, 'manyi-error');
      await issue(el);
      const first = (await failed).detail.record;
      tick(box(el, '居民身份证', '已收到'));
      await settle(el);
      expect(text(el)).not.to.contain('告知书未能保存');
      await issue(el);
      expect(kept.kept[0]?.id).not.to.equal(first?.id);
      expect(kept.kept[0]?.items.map((i) => i.materialId)).not.to.include('id-card');
    });
  });
});
