// The complaint form, both boards and the checklist at phone and portrait-tablet sizes: nothing
// reaches past the element, no button breaks its label, the tracking number stays on one line and
// the satisfaction board's window names stay readable. (The rating pad has its own, with focus.)
import { expect } from 'chai';
import { checklist, clerk } from './test-support/checklist.js';
import { board as commitmentBoard } from './test-support/commitment-board.js';
import { ANONYMOUS, complaintForm, fill, send, sink } from './test-support/complaint-form.js';
import { brokenButtons, brokenOverLines, overflowing, setViewport, textLines, VIEWPORTS } from './test-support/layout.js';
import { OCTOBER_APPRAISED, board as satisfactionBoard } from './test-support/satisfaction-board.js';

afterEach(() => {
  for (const el of document.querySelectorAll('body > *:not(script)')) el.remove();
});
after(() => setViewport({ name: 'default', width: 800, height: 600 }));

/** Nothing past the edges and every button on one line, or the list of what is wrong. */
function problems(el: Element): string[] {
  return [...overflowing(el), ...brokenButtons(el)];
}

for (const viewport of VIEWPORTS) {
  describe(`at ${viewport.name}`, () => {
    beforeEach(() => setViewport(viewport));

    it('the complaint form, filled and sent, shows its tracking number on one line', async () => {
      // English, the longer labels, where they are tightest: the narrowest phone.
      for (const lang of viewport.width === 360 ? ['zh-CN', 'en'] : ['zh-CN']) {
        const el = await complaintForm({ lang });
        el.outbox = sink();
        expect(problems(el), `${lang}: the form`).to.deep.equal([]);
        await fill(el, ANONYMOUS);
        await send(el);
        expect(problems(el), `${lang}: sent`).to.deep.equal([]);
        expect(brokenOverLines(el.shadowRoot?.querySelectorAll('[part~="tracking-number"]') ?? []), lang).to.deep.equal([]);
        el.remove();
      }
    });

    it('the satisfaction board keeps each window name readable', async () => {
      for (const layout of ['list', 'compact']) {
        const el = await satisfactionBoard({ layout }, OCTOBER_APPRAISED);
        expect(problems(el), layout).to.deep.equal([]);
        // '1号窗口 综合受理' on at most two lines: never a character per line.
        for (const name of el.shadowRoot?.querySelectorAll('[part~="window-name"]') ?? []) {
          expect(textLines(name), `${layout}: ${name.textContent}`).to.be.at.most(2);
        }
        el.remove();
      }
    });

    it('the commitment board and the checklist, for visitors and clerks, stay within the screen', async () => {
      for (const el of [await commitmentBoard(), await checklist(), await clerk()]) {
        expect(problems(el), el.localName).to.deep.equal([]);
        el.remove();
      }
    });
  });
}
