// The self-check-only build (@manyi/elements/notice-checklist/self-check.js): the same tag, no clerk
// mode. In a page of its own that registers only this build, so what the page fetched shows that
// neither the full element nor anything of clerk mode is ever asked for.
import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { fixture, settle, shownText } from '../test-support/fixture.js';
import './define-self-check.js';
import { HUKOU_MOVE } from '../test-support/hukou-move-notice.js';
import type { NoticeChecklistErrorEvent, NoticeChecklistSelfCheckEvent } from './notice-checklist.events.js';
import { ManyiNoticeSelfCheck } from './self-check-only.js';

const fetched = (file: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/notice-checklist/${file}`));

async function selfCheck(attributes: Record<string, string> = {}, container: HTMLElement = document.body): Promise<ManyiNoticeSelfCheck> {
  const el = document.createElement('manyi-notice-checklist') as ManyiNoticeSelfCheck;
  el.serviceItem = HUKOU_MOVE;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await settle(el);
  return el;
}

/** The "I have it" box of the material named `material`. */
function haveIt(el: Element, material: string): HTMLInputElement {
  const fieldset = [...(el.shadowRoot?.querySelectorAll('fieldset.material') ?? [])].find(
    (f) => f.querySelector('.material-name')?.textContent?.trim() === material,
  );
  const found = fieldset?.querySelector<HTMLInputElement>('input[type=checkbox]');
  if (!found) throw new Error(`no box for "${material}"`);
  return found;
}

afterEach(() => {
  for (const el of document.querySelectorAll('manyi-notice-checklist, div[lang]')) el.remove();
});

describe('manyi-notice-checklist, self-check-only build', () => {
  it('registers the tag with the self-check-only class', async () => {
    expect(customElements.get('manyi-notice-checklist')).to.equal(ManyiNoticeSelfCheck);
    expect((await fixture('manyi-notice-checklist')) instanceof ManyiNoticeSelfCheck).to.equal(true);
  });

  it('does the self-check as the full element does, without axe violations', async () => {
    const el = await selfCheck();
    const events: NoticeChecklistSelfCheckEvent[] = [];
    el.addEventListener('manyi-self-check-change', (e) => events.push(e));
    expect(shownText(el)).to.contain('户口迁移：材料自查');
    expect(shownText(el)).to.contain('还缺 4 项材料');
    haveIt(el, '居民身份证').click();
    await settle(el);
    expect(shownText(el)).to.contain('还缺 3 项材料');
    expect(events.at(-1)?.detail.missing.map((m) => m.id)).to.deep.equal(['hukou-book', 'housing', 'proxy']);
    await expectNoAxeViolations(el);
  });

  it('refuses clerk mode with a message to staff and manyi-error, keeping the ticks for the self-check', async () => {
    const el = await selfCheck();
    haveIt(el, '居民户口簿').click();
    await settle(el);
    const errors: NoticeChecklistErrorEvent[] = [];
    el.addEventListener('manyi-error', (e) => errors.push(e as NoticeChecklistErrorEvent));
    el.mode = 'clerk';
    await settle(el);
    const alert = el.shadowRoot?.querySelector('[part~=error][role=alert]');
    expect(alert?.textContent).to.contain('此版本仅含材料自查');
    expect(alert?.textContent).to.contain('@manyi/elements/notice-checklist.js');
    expect(el.shadowRoot?.querySelector('input[type=text]')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(String(errors[0]?.detail.error)).to.contain('self-check only');
    await expectNoAxeViolations(el);
    el.mode = 'self-check';
    await settle(el);
    expect(haveIt(el, '居民户口簿').checked).to.equal(true);
  });

  it('tells staff in the page’s language', async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    const el = await selfCheck({ mode: 'clerk' }, host);
    expect(shownText(el)).to.contain('this build is self-check only');
    host.lang = 'zh-TW';
    await settle(el);
    expect(shownText(el)).to.contain('此版本僅含材料自查');
  });

  it('never fetched the full element or anything of clerk mode', () => {
    const clerkModules = ['notice-checklist.js', 'clerk-desk.js', 'clerk-view.js', 'notice-view.js', 'print.js', 'messages.clerk.js'];
    expect(clerkModules.filter(fetched)).to.deep.equal([]);
    expect(fetched('self-check-only.js')).to.equal(true);
  });
});
