// The after-tap module cannot be fetched (an offline portal with nothing cached): a tap is kept,
// the visitor is told it could not be saved, and the host hears of it. In a page of its own, where
// an import map points the module at a file that does not exist.
import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { button, fixture, settle, shownText } from '../test-support/fixture.js';
import type { ManyiRatingPad } from './rating-pad.js';

const map = document.createElement('script');
map.type = 'importmap';
map.textContent = JSON.stringify({ imports: { [new URL('./after-tap.js', import.meta.url).pathname]: '/no-such-module.js' } });
document.head.append(map);
// Only now: the pad's module must resolve its after-tap module under the map above.
await import('./define.js');

describe('manyi-rating-pad when its after-tap module cannot be fetched', () => {
  it('shows the faces, keeps a tap, says it could not be saved, and raises manyi-error', async () => {
    const put: unknown[] = [];
    const errors: Event[] = [];
    const el = await fixture<ManyiRatingPad>('manyi-rating-pad', { station: 'demo', window: 'w01' });
    el.outbox = {
      async put(record) {
        put.push(record);
      },
    };
    el.addEventListener('manyi-error', (e) => errors.push(e));
    button(el, '满意').click();
    await settle(el);
    expect(shownText(el)).to.contain('评价未能保存');
    expect(errors).to.have.length(1);
    expect(put).to.have.length(0);
    await expectNoAxeViolations(el);
    // Still unreachable: a retry keeps the tap and says so again rather than dropping it.
    button(el, '再试一次').click();
    await settle(el);
    expect(shownText(el)).to.contain('评价未能保存');
    expect(errors).to.have.length(2);
    // Staff (or the kiosk's timer) can start over for the next visitor.
    el.reset();
    await settle(el);
    expect(el.shadowRoot?.querySelectorAll('button.level-4')).to.have.length(1);
  });
});
