// A tap that comes before the after-tap module (fetched right after the faces are shown) is kept
// and finished once it is here. In a page of its own, so the module is fetched for the first time.
import type { RatingRecord } from '@manyi/core';
import { expect } from 'chai';
import { shownText } from '../test-support/fixture.js';
import './define.js';

const fetched = (file: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${file}`));

describe('manyi-rating-pad tapped before its after-tap module is here', () => {
  it('keeps the tap: one record goes to the outbox, then the thank-you shows', async () => {
    const kept: RatingRecord[] = [];
    const el = document.createElement('manyi-rating-pad');
    el.setAttribute('station', 'demo');
    el.setAttribute('window', 'w01');
    el.outbox = {
      async put(record) {
        kept.push(record);
      },
    };
    const rated: Event[] = [];
    el.addEventListener('manyi-rated', (e) => rated.push(e));
    document.body.append(el);
    // The faces render in a microtask; the module needs the network, so it cannot be here yet.
    for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('button'); i++) await Promise.resolve();
    const face = el.shadowRoot?.querySelector<HTMLButtonElement>('button.level-4');
    if (!face) throw new Error('no faces shown');
    expect(fetched('rating-pad/after-tap.js')).to.equal(false);
    const tappedAt = Date.now();
    face.click();
    face.click(); // a second tap meanwhile keeps nothing more
    expect(shownText(el)).not.to.contain('感谢');
    await el.updateComplete;
    expect(kept).to.have.length(1);
    expect(kept[0]).to.include({ level: 4, stationId: 'demo', windowId: 'w01' });
    expect(Date.parse(kept[0]?.createdAt ?? '')).to.be.within(tappedAt - 1, tappedAt + 50);
    expect(rated).to.have.length(1);
    expect(shownText(el)).to.contain('感谢您的评价！');
    el.remove();
  });
});
