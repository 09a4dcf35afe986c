import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { ALL, board, fieldsOf, part, parts, REPAIR, TRANSFER, until, wait } from '../test-support/commitment-board.js';
import { settle, shownText } from '../test-support/fixture.js';
import { emulateMedia, moveMouse, sendKeys } from '../test-support/runner-commands.js';
import type { ManyiCommitmentBoard } from './commitment-board.js';

const indicator = (el: Element) => part(el, 'indicator').textContent?.trim();
const pausedCueShown = (el: Element) => !part(el, 'paused').hidden;
const promises = (el: Element) => parts(el, 'commitment').map((a) => a.querySelector('h3')?.textContent);

/** Lets the page's fade-in finish: axe would measure the contrast of half-transparent text. */
async function still(el: ManyiCommitmentBoard): Promise<void> {
  await settle(el);
  await Promise.all((el.shadowRoot?.getAnimations() ?? []).map((a) => a.finished));
}

/** A signage board away from the top-left corner, so the mouse can be parked outside it. */
async function signage(attributes: Record<string, string> = {}): Promise<ManyiCommitmentBoard> {
  const frame = document.createElement('div');
  frame.className = 'frame';
  frame.style.padding = '120px';
  document.body.append(frame);
  return board({ mode: 'signage', 'per-page': '1', 'page-ms': '150', ...attributes }, ALL, frame);
}

afterEach(async () => {
  await moveMouse(1, 1);
  for (const el of document.querySelectorAll('.frame, manyi-commitment-board')) el.remove();
});

describe('manyi-commitment-board signage', () => {
  it('has no axe violations while paging, paused, or on its last page', async () => {
    const el = await signage({ 'page-ms': '60000' });
    await still(el);
    await expectNoAxeViolations(el);
    part(el, 'next').focus();
    await still(el);
    expect(pausedCueShown(el)).to.equal(true);
    await expectNoAxeViolations(el);
    part(el, 'previous').click();
    await still(el);
    expect(indicator(el)).to.equal('第 4/4 页');
    await expectNoAxeViolations(el);
  });

  it('shows one page at a time with a page indicator, and advances on the timer, wrapping round', async () => {
    const el = await signage({ 'per-page': '3' });
    expect(indicator(el)).to.equal('第 1/2 页');
    expect(promises(el)).to.deep.equal(ALL.slice(0, 3).map((c) => c.promise));
    await until(el, () => indicator(el) === '第 2/2 页');
    expect(promises(el)).to.deep.equal([ALL[3]?.promise]);
    await until(el, () => indicator(el) === '第 1/2 页');
  });

  it('keeps each page for page-ms', async () => {
    const el = await signage({ 'page-ms': '400' });
    await wait(250);
    await settle(el);
    expect(indicator(el)).to.equal('第 1/4 页');
    await until(el, () => indicator(el) === '第 2/4 页', 1000);
  });

  it('pauses while the pointer is over it, with a visible cue, and resumes when it leaves', async () => {
    const el = await signage();
    expect(pausedCueShown(el)).to.equal(false);
    const box = el.getBoundingClientRect();
    await moveMouse(box.left + box.width / 2, box.top + box.height / 2);
    await settle(el);
    const page = indicator(el);
    expect(pausedCueShown(el)).to.equal(true);
    expect(part(el, 'paused').textContent?.trim()).to.contain('已暂停翻页');
    await wait(500);
    await settle(el);
    expect(indicator(el)).to.equal(page);
    await moveMouse(1, 1);
    await until(el, () => indicator(el) !== page);
    expect(pausedCueShown(el)).to.equal(false);
  });

  it('pauses while focus is inside it, and announces pages only then', async () => {
    const el = await signage();
    const frame = el.shadowRoot?.querySelector('.page-frame');
    expect(frame?.getAttribute('aria-live')).to.equal('off');
    part(el, 'next').focus();
    await settle(el);
    const page = indicator(el);
    expect(frame?.getAttribute('aria-live')).to.equal('polite');
    part(el, 'previous').focus(); // moving between its own buttons keeps it paused
    await wait(500);
    await settle(el);
    expect(indicator(el)).to.equal(page);
    part(el, 'previous').blur();
    await until(el, () => indicator(el) !== page);
  });

  it('turns pages with the keyboard: Tab to previous/next, Enter or Space to press', async () => {
    const el = await signage({ 'page-ms': '60000' });
    document.body.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot?.activeElement).to.equal(part(el, 'previous'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(indicator(el)).to.equal('第 4/4 页');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot?.activeElement).to.equal(part(el, 'next'));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(indicator(el)).to.equal('第 2/4 页');
    expect(promises(el)).to.deep.equal([ALL[1]?.promise]);
  });

  it('fades pages in, and not at all when reduced motion is asked for', async () => {
    const el = await signage({ 'page-ms': '60000' });
    const page = () => getComputedStyle(part(el, 'list')).animationName;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(page()).to.equal('manyi-page-in');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(page()).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('uses large type and buttons at least 48 px', async () => {
    const list = await board({}, [REPAIR]);
    const el = await signage({ 'page-ms': '60000' });
    const size = (b: Element) => Number.parseFloat(getComputedStyle(part(b, 'promise')).fontSize);
    expect(size(el)).to.be.greaterThan(size(list) * 1.2);
    for (const b of [part(el, 'previous'), part(el, 'next')]) {
      const box = b.getBoundingClientRect();
      expect(box.width).to.be.at.least(48);
      expect(box.height).to.be.at.least(48);
    }
  });

  it('posts hours and phones shared by every commitment once, below the page', async () => {
    const el = await board({ mode: 'signage', 'page-ms': '60000' }, [TRANSFER, { ...REPAIR, hours: TRANSFER.hours, hotline: '12345' }]);
    const shared = fieldsOf(part(el, 'shared'));
    expect(shared).to.deep.equal({ 办公时间: '周一至周五 9:00–17:00', 服务热线: '12345', 投诉电话: '0571-87005678' });
    expect(Object.keys(fieldsOf(part(el, 'commitment')))).not.to.include('办公时间');
    expect(parts(el, 'phone')).to.have.length(0);
  });

  it('has no paging controls or timer when everything fits on one page', async () => {
    const el = await board({ mode: 'signage', 'per-page': '5', 'page-ms': '50' });
    await wait(150);
    expect(parts(el, 'controls')).to.have.length(0);
    expect(parts(el, 'indicator')).to.have.length(0);
    expect(promises(el)).to.have.length(4);
    expect(shownText(el)).to.contain('服务承诺');
  });

  it('falls back to 3 per page and 10 s for per-page and page-ms it cannot use', async () => {
    const el = await signage({ 'per-page': '0', 'page-ms': 'soon' });
    await settle(el);
    expect(el.perPage).to.equal(3);
    expect(el.pageMs).to.equal(10_000);
    expect(indicator(el)).to.equal('第 1/2 页');
  });
});
