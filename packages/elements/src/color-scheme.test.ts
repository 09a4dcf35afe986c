// Light and dark: every element follows the visitor's system, unless the page forces one with
// `--manyi-color-scheme` (a light-only portal must not show dark widgets).
import { expect } from 'chai';
import { fixture } from './test-support/fixture.js';
import { emulateMedia } from './test-support/runner-commands.js';
import './rating-pad/define.js';
import './complaint-form/define.js';
import './commitment-board/define.js';

const LIGHT_TEXT = 'rgb(26, 26, 26)';
const DARK_TEXT = 'rgb(241, 241, 241)';
const TAGS = ['manyi-rating-pad', 'manyi-complaint-form', 'manyi-commitment-board'];

afterEach(async () => {
  document.documentElement.style.removeProperty('--manyi-color-scheme');
  for (const tag of TAGS) for (const el of document.querySelectorAll(tag)) el.remove();
  await emulateMedia({ colorScheme: 'light' });
});

const textColour = (el: Element) => getComputedStyle(el).color;
const place = () => Promise.all(TAGS.map((tag) => fixture(tag, { station: 'demo', window: 'w01' })));

describe('colour scheme', () => {
  it('follows the system: light, then dark', async () => {
    const elements = await place();
    for (const el of elements) expect(textColour(el), el.localName).to.equal(LIGHT_TEXT);
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of elements) expect(textColour(el), el.localName).to.equal(DARK_TEXT);
  });

  it('stays light on a dark system when the page sets --manyi-color-scheme: light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.setProperty('--manyi-color-scheme', 'light');
    const elements = await place();
    for (const el of elements) {
      expect(textColour(el), el.localName).to.equal(LIGHT_TEXT);
      expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
    }
  });

  it('can force dark on one element only', async () => {
    const [pad, form] = await place();
    pad?.style.setProperty('--manyi-color-scheme', 'dark');
    expect(pad && textColour(pad)).to.equal(DARK_TEXT);
    expect(form && textColour(form)).to.equal(LIGHT_TEXT);
  });
});
