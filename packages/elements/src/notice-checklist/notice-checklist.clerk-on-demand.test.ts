// Clerk mode is fetched only when a checklist's mode becomes clerk. In a page of its own, so what the
// page has fetched tells what the element asked for (the test server serves each module as a file).
import { expect } from 'chai';
import { onDemand } from '../on-demand.js';
import { box, checklist, clearNoticeCounters, clerk, field, HUKOU_MOVE, settle, sink, tick, type } from '../test-support/checklist.js';
import { button, shownText } from '../test-support/fixture.js';
import type { NoticeChecklistErrorEvent } from './notice-checklist.events.js';
import { type ClerkDeskModule, NoticeChecklistBase } from './notice-checklist-base.js';

const fetched = (file: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/notice-checklist/${file}`));
const CLERK_MODULES = [
  'clerk-desk.js',
  'clerk-view.js',
  'clerk-validation.js',
  'notice-view.js',
  'print.js',
  'clerk.styles.js',
  'messages.clerk.js',
];

/** A checklist whose clerk module fails to arrive while `offline` is true (as offline with nothing cached). */
let offline = true;
let attempts = 0;
const flakyDesk = onDemand<ClerkDeskModule>(() => {
  attempts++;
  return offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('./clerk-desk.js');
});
class FlakyChecklist extends NoticeChecklistBase {
  constructor() {
    super(flakyDesk);
  }
}
customElements.define('manyi-flaky-notice-checklist', FlakyChecklist);

beforeEach(() => clearNoticeCounters());
afterEach(() => {
  for (const el of document.querySelectorAll('manyi-notice-checklist, manyi-flaky-notice-checklist, div[lang]')) el.remove();
});

// In this order: the first test needs a page that has not fetched clerk mode yet.
describe('manyi-notice-checklist clerk mode, fetched on demand', () => {
  it('a self-check, ticked and in every language, fetches nothing of clerk mode; switching to clerk fetches it', async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    const el = await checklist({}, HUKOU_MOVE, host);
    tick(box(el, '居民户口簿', 'I have it'));
    await settle(el);
    host.lang = 'zh-TW';
    await settle(el);
    expect(shownText(el)).to.contain('還缺 3 項材料');
    expect(CLERK_MODULES.filter(fetched)).to.deep.equal([]);
    expect(fetched('messages.clerk.zh-TW.js')).to.equal(false);
    host.lang = 'zh-CN';
    el.mode = 'clerk';
    await el.updateComplete;
    expect(CLERK_MODULES.filter(fetched)).to.deep.equal(CLERK_MODULES);
    expect(shownText(el)).to.contain('户口迁移：收件核对');
    // The ticks carried over into clerk mode.
    expect(box(el, '居民户口簿', '已收到').checked).to.equal(true);
    expect(field(el, '申请人姓名')).to.exist;
  });

  it('clerk texts follow lang, live, with the element’s own, fetched on demand', async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    const el = await checklist({ mode: 'clerk', station: 'demo', window: 'w03' }, HUKOU_MOVE, host);
    expect(fetched('messages.clerk.en.js')).to.equal(true);
    expect(shownText(el)).to.contain('户口迁移: check the application');
    expect(shownText(el)).to.contain('Original and photocopy × 1');
    expect(field(el, 'Applicant’s name')).to.exist;
    expect(box(el, '授权委托书', 'Does not apply this time')).to.exist;
    expect(el.shadowRoot?.querySelector('[lang]')).to.equal(null);
    host.lang = 'zh-TW';
    await settle(el);
    expect(shownText(el)).to.contain('户口迁移：收件核對');
    expect(shownText(el)).to.contain('正本及影本 1 份');
    expect(box(el, '授权委托书', '本次不適用')).to.exist;
    button(el, '出具一次性告知書').click();
    await settle(el);
    expect(shownText(el)).to.contain('請輸入申請人姓名');
    expect(el.shadowRoot?.querySelector('[lang]')).to.equal(null);
  });

  it('says when clerk mode cannot be fetched, raises manyi-error, and a retry brings it', async () => {
    const errors: NoticeChecklistErrorEvent[] = [];
    const el = document.createElement('manyi-flaky-notice-checklist') as FlakyChecklist;
    el.addEventListener('manyi-error', (e) => errors.push(e as NoticeChecklistErrorEvent));
    el.serviceItem = HUKOU_MOVE;
    el.setAttribute('mode', 'clerk');
    el.setAttribute('station', 'demo');
    el.setAttribute('window', 'w03');
    document.body.append(el);
    await settle(el);
    const alert = el.shadowRoot?.querySelector('[part~=error][role=alert]');
    expect(alert?.textContent).to.contain('收件核对未能加载，请检查网络后再试一次');
    expect(errors.map((e) => String(e.detail.error))).to.deep.equal(['TypeError: Failed to fetch dynamically imported module']);
    expect(attempts).to.equal(1);
    offline = false;
    button(el, '再试一次').click();
    await settle(el);
    expect(attempts).to.equal(2);
    expect(shownText(el)).to.contain('户口迁移：收件核对');
    const kept = sink();
    el.outbox = kept;
    type(field(el, '申请人姓名'), '张三');
    button(el, '出具一次性告知书').click();
    await settle(el);
    expect(kept.kept).to.have.length(1);
    expect(el.shadowRoot?.querySelector('[part~=notice]')).to.exist;
    expect(errors).to.have.length(1);
  });

  it('reset() clears the clerk’s entry and the ticks alike', async () => {
    const el = await clerk();
    type(field(el, '申请人姓名'), '李四');
    tick(box(el, '居民身份证', '已收到'));
    await settle(el);
    el.reset();
    await settle(el);
    expect(field(el, '申请人姓名').value).to.equal('');
    expect(box(el, '居民身份证', '已收到').checked).to.equal(false);
    el.mode = 'self-check';
    await settle(el);
    expect(box(el, '居民身份证', '我已备好').checked).to.equal(false);
  });
});
