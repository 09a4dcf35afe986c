// The clerk module cannot be fetched (an offline desk with nothing cached): clerk mode says so with
// a retry and the host hears of it; the self-check goes on. In a page of its own, where an import
// map points the module at a file that does not exist.
import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { button, shownText } from '../test-support/fixture.js';
import type { NoticeChecklistErrorEvent } from './notice-checklist.events.js';

const map = document.createElement('script');
map.type = 'importmap';
map.textContent = JSON.stringify({ imports: { [new URL('./clerk-desk.js', import.meta.url).pathname]: '/no-such-module.js' } });
document.head.append(map);
// Only now: the checklist must resolve its clerk module under the map above.
const { box, clerk, settle, tick } = await import('../test-support/checklist.js');

describe('manyi-notice-checklist when its clerk module cannot be fetched', () => {
  it('says clerk mode could not be loaded, raises manyi-error, tries again on retry, and the self-check still works', async () => {
    const errors: NoticeChecklistErrorEvent[] = [];
    document.addEventListener('manyi-error', (e) => errors.push(e as NoticeChecklistErrorEvent));
    const el = await clerk();
    const alert = el.shadowRoot?.querySelector('[part~=error][role=alert]');
    expect(alert?.textContent).to.contain('收件核对未能加载，请检查网络后再试一次');
    expect(errors).to.have.length(1);
    expect(errors[0]?.composed).to.equal(true);
    await expectNoAxeViolations(el);
    // Still unreachable: a retry says so again rather than leaving the element blank.
    button(el, '再试一次').click();
    await settle(el);
    expect(shownText(el)).to.contain('收件核对未能加载');
    expect(errors).to.have.length(2);
    el.mode = 'self-check';
    await settle(el);
    tick(box(el, '居民身份证', '我已备好'));
    await settle(el);
    expect(shownText(el)).to.contain('还缺 3 项材料');
    // Back in clerk mode, the module is asked for again.
    el.mode = 'clerk';
    await settle(el);
    expect(shownText(el)).to.contain('收件核对未能加载');
    expect(errors).to.have.length(3);
  });
});
