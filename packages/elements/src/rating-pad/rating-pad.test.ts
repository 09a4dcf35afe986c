import type { RatingRecord } from '@manyi/core';
import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { button, buttons, fixture, settle, shownText } from '../test-support/fixture.js';
import './define.js';
import type { ManyiRatingPad } from './rating-pad.js';

function pad(attributes: Record<string, string> = {}, container?: HTMLElement): Promise<ManyiRatingPad> {
  return fixture<ManyiRatingPad>('manyi-rating-pad', { station: 'demo', window: 'w01', 'thank-you-ms': '100', ...attributes }, container);
}

/** Keeps what the pad hands over, like an outbox would. */
function sink(fail = 0) {
  const kept: RatingRecord[] = [];
  return {
    kept,
    async put(record: RatingRecord) {
      if (fail-- > 0) throw new DOMException('disk full', 'QuotaExceededError');
      kept.push(record);
    },
  };
}

const text = shownText;

afterEach(() => {
  for (const el of document.querySelectorAll('manyi-rating-pad, div[lang]')) el.remove();
});

describe('manyi-rating-pad', () => {
  describe('accessibility and language', () => {
    it('has no axe violations when ready, asking for a reason, thanking, or failing', async () => {
      const el = await pad({ 'thank-you-ms': '60000' });
      await expectNoAxeViolations(el);
      button(el, '不满意').click();
      await settle(el);
      await expectNoAxeViolations(el);
      button(el, '返回').click();
      await settle(el);
      el.outbox = sink();
      button(el, '满意').click();
      await settle(el);
      expect(text(el)).to.contain('感谢');
      await expectNoAxeViolations(el);
      el.reset();
      await settle(el);
      el.outbox = sink(1);
      button(el, '满意').click();
      await settle(el);
      expect(text(el)).to.contain('评价未能保存');
      await expectNoAxeViolations(el);
    });

    it('can be rated with the keyboard alone', async () => {
      const kept = sink();
      const el = await pad();
      el.outbox = kept;
      const face = button(el, '基本满意');
      face.focus();
      expect(el.shadowRoot?.activeElement).to.equal(face);
      face.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      face.click(); // what Enter or Space on a focused <button> does
      await settle(el);
      expect(kept.kept[0]?.level).to.equal(3);
    });

    it('offers one button per face, named by the zh-CN level labels', async () => {
      const el = await pad();
      expect(buttons(el).map((b) => b.textContent?.trim())).to.deep.equal(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
      expect(el.shadowRoot?.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('follows lang on the nearest ancestor, live', async () => {
      const host = document.createElement('div');
      host.lang = 'en';
      document.body.append(host);
      const el = await pad({}, host);
      expect(buttons(el)[0]?.textContent?.trim()).to.equal('Very satisfied');
      host.lang = 'zh-TW';
      await settle(el);
      expect(buttons(el)[0]?.textContent?.trim()).to.equal('非常滿意');
    });

    it('makes every face at least 48 px in each direction', async () => {
      const el = await pad();
      for (const b of buttons(el)) {
        const box = b.getBoundingClientRect();
        expect(box.width).to.be.at.least(48);
        expect(box.height).to.be.at.least(48);
      }
    });
  });

  describe('attributes', () => {
    it('shows three or four faces when the scale says so', async () => {
      expect(buttons(await pad({ scale: '3' })).map((b) => b.textContent?.trim())).to.deep.equal(['满意', '基本满意', '不满意']);
      expect(buttons(await pad({ scale: '4' }))).to.have.length(4);
    });

    it('falls back to five faces for a scale it does not know', async () => {
      const el = await pad({ scale: '7' });
      await settle(el);
      expect(buttons(el)).to.have.length(5);
    });

    it('tells staff when station or window is missing or malformed, shows no faces, keeps nothing', async () => {
      const errors: unknown[] = [];
      document.addEventListener('manyi-error', (e) => errors.push((e as CustomEvent<{ error: unknown }>).detail.error), { once: true });
      const el = await pad({ station: '' });
      expect(buttons(el)).to.have.length(0);
      expect(text(el)).to.contain('评价器设置有误（station）');
      expect(String(errors[0])).to.contain('station is required');
      el.setAttribute('station', 'hall 1');
      el.setAttribute('window', '窗口');
      await settle(el);
      expect(text(el)).to.contain('（station、window）');
      el.setAttribute('station', 'hall-1');
      el.setAttribute('window', 'w01');
      await settle(el);
      expect(buttons(el)).to.have.length(5);
    });

    it('refuses an unknown channel, a malformed staff or service item and an overlong ticket by name', async () => {
      const el = await pad({ channel: 'kiosk', staff: 'a b', 'service-item': '-x', ticket: 't'.repeat(65) });
      expect(text(el)).to.contain('staff、service-item、ticket、channel');
      await expectNoAxeViolations(el);
      const host = document.createElement('div');
      host.lang = 'en';
      document.body.append(host);
      const en = await pad({ channel: 'kiosk' }, host);
      expect(text(en)).to.contain('set up wrongly (channel)');
    });

    it('records the channel it is given, such as staff-keyed ratings', async () => {
      const kept = sink();
      const el = await pad({ channel: 'staff' });
      el.outbox = kept;
      button(el, '满意').click();
      await settle(el);
      expect(kept.kept[0]?.channel).to.equal('staff');
    });
  });

  describe('rating', () => {
    it('keeps a good rating with its context, thanks the visitor, then is ready again', async () => {
      const kept = sink();
      const el = await pad({ staff: 's07', 'service-item': 'hukou-move', ticket: 'T-1' });
      el.outbox = kept;
      const rated = new Promise<CustomEvent>((resolve) => el.addEventListener('manyi-rated', (e) => resolve(e as CustomEvent)));
      button(el, '满意').click();
      await rated;
      await settle(el);
      expect(kept.kept).to.have.length(1);
      expect(kept.kept[0]).to.include({
        kind: 'rating',
        stationId: 'demo',
        windowId: 'w01',
        staffId: 's07',
        serviceItemId: 'hukou-move',
        ticket: 'T-1',
        scale: 5,
        answer: 4,
        level: 4,
        channel: 'device',
      });
      expect(text(el)).to.contain('感谢您的评价！');
      await new Promise((r) => setTimeout(r, 150));
      await settle(el);
      expect(buttons(el)).to.have.length(5);
    });

    it('asks a bad review for a reason before it counts', async () => {
      const kept = sink();
      const el = await pad();
      el.outbox = kept;
      button(el, '非常不满意').click();
      await settle(el);
      expect(kept.kept).to.have.length(0);
      expect(button(el, '提交评价').disabled).to.equal(true);
      button(el, '办理太慢').click();
      await settle(el);
      expect(button(el, '办理太慢').getAttribute('aria-pressed')).to.equal('true');
      button(el, '提交评价').click();
      await settle(el);
      expect(kept.kept[0]).to.deep.include({ level: 1, reasons: ['slow'] });
    });

    it('keeps the rating whatever the host does with manyi-rate: no veto, no change', async () => {
      const kept = sink();
      const el = await pad();
      el.outbox = kept;
      const heard: { cancelable: boolean; level: number }[] = [];
      el.addEventListener('manyi-rate', (e) => {
        heard.push({ cancelable: e.cancelable, level: e.detail.record.level });
        e.preventDefault();
        try {
          (e.detail as { record: unknown }).record = { ...e.detail.record, level: 1, ticket: 'from-host' };
        } catch {
          // The detail is frozen: strict-mode code throws, and the record stays what the visitor chose.
        }
        try {
          (e.detail.record as { level: number }).level = 1;
        } catch {
          // The record the host sees is frozen too.
        }
      });
      button(el, '满意').click();
      await settle(el);
      expect(heard).to.deep.equal([{ cancelable: false, level: 4 }]);
      expect(kept.kept).to.have.length(1);
      expect(kept.kept[0]).to.deep.include({ level: 4 });
      expect(kept.kept[0]?.ticket).to.equal(undefined);
    });

    it('takes a bad review with its reason and comment by keyboard alone', async () => {
      const kept = sink();
      const el = await pad();
      el.outbox = kept;
      button(el, '不满意').focus();
      button(el, '不满意').click(); // what Enter or Space on a focused <button> does
      await settle(el);
      const chip = button(el, '等候太久');
      chip.focus();
      expect(el.shadowRoot?.activeElement).to.equal(chip);
      chip.click();
      const comment = el.shadowRoot?.querySelector('textarea');
      if (!comment) throw new Error('no comment box');
      comment.focus();
      comment.value = '排队一小时';
      comment.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await settle(el);
      button(el, '提交评价').focus();
      button(el, '提交评价').click();
      await settle(el);
      expect(kept.kept[0]).to.deep.include({ level: 2, reasons: ['waiting'], comment: '排队一小时' });
    });

    it('says so when the record could not be kept, and a retry keeps the same record once', async () => {
      const kept = sink(1);
      const el = await pad();
      el.outbox = kept;
      const errors: Event[] = [];
      el.addEventListener('manyi-error', (e) => errors.push(e));
      button(el, '非常满意').click();
      await settle(el);
      expect(errors).to.have.length(1);
      expect(text(el)).to.contain('评价未能保存');
      expect(text(el)).not.to.contain('感谢');
      const failedId = (errors[0] as CustomEvent<{ record: RatingRecord }>).detail.record.id;
      button(el, '再试一次').click();
      await settle(el);
      expect(kept.kept.map((r) => r.id)).to.deep.equal([failedId]);
      expect(text(el)).to.contain('感谢您的评价！');
    });

    it('says it is saving only when keeping takes a while, and a second tap meanwhile keeps nothing more', async () => {
      const kept: RatingRecord[] = [];
      let answer = () => {};
      const el = await pad();
      el.submit = (record) =>
        new Promise<void>((resolve) => {
          answer = () => {
            kept.push(record);
            resolve();
          };
        });
      button(el, '非常不满意').click();
      await settle(el);
      button(el, '办理太慢').click();
      await settle(el);
      button(el, '提交评价').click();
      await settle(el);
      // Still the reason screen, but every button waits for the answer.
      button(el, '提交评价').click();
      button(el, '返回').click();
      await settle(el);
      await new Promise((r) => setTimeout(r, 350));
      await settle(el);
      expect(text(el)).to.contain('正在保存');
      answer();
      await settle(el);
      expect(kept).to.have.length(1);
      expect(text(el)).to.contain('感谢您的评价！');
    });

    it('flags a rating that comes faster than the cooldown as misuse, and keeps it', async () => {
      const kept = sink();
      const el = await pad({ 'cooldown-ms': '60000', 'thank-you-ms': '0' });
      el.outbox = kept;
      button(el, '满意').click();
      await settle(el);
      await new Promise((r) => setTimeout(r, 10));
      await settle(el);
      button(el, '满意').click();
      await settle(el);
      expect(kept.kept.map((r) => r.misuse ?? false)).to.deep.equal([false, true]);
    });
  });
});
