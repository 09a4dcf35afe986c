import type { RatingRecord } from '@manyi/core';
import { expect } from 'chai';
import { button, fixture, parts, settle, until } from '../test-support/fixture.js';
import { brokenButtons, overflowing, setViewport, textLines, VIEWPORTS } from '../test-support/layout.js';
import { sendKeys } from '../test-support/runner-commands.js';
import './define.js';
import type { ManyiRatingPad } from './rating-pad.js';

const pad = (attributes: Record<string, string> = {}) =>
  fixture<ManyiRatingPad>('manyi-rating-pad', { station: 'demo', window: 'w01', 'thank-you-ms': '200', ...attributes });

afterEach(() => {
  for (const el of document.querySelectorAll('manyi-rating-pad')) el.remove();
});
after(() => setViewport(VIEWPORTS[2] ?? { name: '', width: 800, height: 600 }));

describe('manyi-rating-pad on small screens', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows five faces on one screen, and its reason screen, within a ${viewport.name}`, async () => {
      await setViewport(viewport);
      const phone = viewport.width < 640;
      for (const lang of ['zh-CN', 'en']) {
        const el = await pad({ lang });
        const faces = parts(el, 'face');
        const at = (edge: 'top' | 'left') => new Set(faces.map((f) => Math.round(f.getBoundingClientRect()[edge]))).size;
        // A tablet: one row of faces. A phone: one list of rows, a face beside each label.
        if (phone) expect(at('left'), `${lang}: columns of faces`).to.equal(1);
        else expect(at('top'), `${lang}: rows of faces`).to.equal(1);
        expect(overflowing(el), lang).to.deep.equal([]);
        // A label may wrap between words under a face in a row, never a letter or character at a time.
        for (const label of parts(el, 'label')) expect(textLines(label), label.textContent ?? '').to.be.at.most(phone ? 1 : 2);
        expect(el.getBoundingClientRect().height, `${lang}: height`).to.be.below(viewport.height);
        parts(el, 'face')[3]?.click();
        await settle(el);
        expect(overflowing(el), `${lang}: reason screen`).to.deep.equal([]);
        expect(brokenButtons(el), `${lang}: reason screen`).to.deep.equal([]);
        el.remove();
      }
    });
  }

  it('keeps keyboard focus in the pad from step to step', async () => {
    await setViewport(VIEWPORTS[0] ?? { name: '', width: 360, height: 640 });
    const kept: RatingRecord[] = [];
    const el = await pad();
    el.outbox = { put: async (r: RatingRecord) => void kept.push(r) };
    const focused = () => el.shadowRoot?.activeElement;
    button(el, '不满意').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // The reason screen: focus on its first reason, never on the page.
    expect(focused()?.getAttribute('part')).to.equal('reason');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused()?.getAttribute('aria-pressed')).to.equal('true');
    button(el, '提交评价').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => kept.length === 1 && !!el.shadowRoot?.querySelector('[part~="thanks"]'));
    expect(focused()?.getAttribute('part')).to.equal('thanks');
    // Ready for the next visitor: focus on the first face.
    await until(el, () => parts(el, 'face').length > 0);
    expect(focused()).to.equal(parts(el, 'face')[0]);
  });
});
