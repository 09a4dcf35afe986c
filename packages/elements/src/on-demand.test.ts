// What the elements fetch on demand (schemas with zod, en and zh-TW messages), tested in a page of
// its own so every module here is fetched for the first time: the state after `updateComplete` is
// the final one, as when everything shipped with the element.
import type { Commitment } from '@manyi/core';
import { expect } from 'chai';
import { expectNoAxeViolations } from './test-support/axe.js';
import { HUKOU_MOVE } from './test-support/checklist.js';
import { REPAIR } from './test-support/commitment-board.js';
import { buttons, shownText } from './test-support/fixture.js';
import './commitment-board/define.js';
import './complaint-form/define.js';
import './notice-checklist/define.js';
import './rating-pad/define.js';

/** Whether the page has fetched a module of this name (the test server serves each module as a file). */
const fetched = (file: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${file}`));

function place<T extends HTMLElement>(tag: string, set: (el: T) => void = () => {}, lang?: string): T {
  const el = document.createElement(tag) as T;
  set(el);
  if (lang) {
    const host = document.createElement('div');
    host.lang = lang;
    host.append(el);
    document.body.append(host);
  } else document.body.append(el);
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('body > :not(script)')) el.remove();
});

describe('fetched on demand', () => {
  it('a board with no commitments fetches no schema; bad commitments by property show the error once updateComplete resolves', async () => {
    const empty = place<HTMLElementTagNameMap['manyi-commitment-board']>('manyi-commitment-board');
    await empty.updateComplete;
    expect(shownText(empty)).to.contain('本站暂未公示服务承诺');
    expect(fetched('check-commitments.js')).to.equal(false);

    const errors: Event[] = [];
    const el = place<HTMLElementTagNameMap['manyi-commitment-board']>('manyi-commitment-board', (b) => {
      b.commitments = [{ ...REPAIR, limits: [{ value: 5, unit: 'weeks', measure: 'maximum' }] }] as unknown as Commitment[];
      b.addEventListener('manyi-error', (e) => errors.push(e));
    });
    await el.updateComplete;
    expect(fetched('check-commitments.js')).to.equal(true);
    expect(shownText(el)).to.contain('服务承诺数据有误');
    expect(el.shadowRoot?.querySelector('[part~="error-detail"]')?.textContent).to.contain('commitments[0].limits[0].unit');
    expect(errors).to.have.length(1);
    await expectNoAxeViolations(el);
  });

  it('a notice checklist given a bad service item by property shows what is wrong once updateComplete resolves', async () => {
    const bad = { ...HUKOU_MOVE, guide: { materials: [{ id: 'id-card', name: '居民身份证', form: 'scan', copies: 1 }] } };
    const el = place<HTMLElementTagNameMap['manyi-notice-checklist']>('manyi-notice-checklist', (c) => {
      c.serviceItem = bad as never;
    });
    await el.updateComplete;
    expect(shownText(el)).to.contain('办事指南数据有误');
    expect(shownText(el)).to.contain('guide.materials[0].form');
    expect(el.shadowRoot?.querySelector('fieldset')).to.equal(null);
  });

  it('a complaint form with a bad station says it is not set up once updateComplete resolves', async () => {
    const el = place<HTMLElementTagNameMap['manyi-complaint-form']>('manyi-complaint-form', (f) => f.setAttribute('station', '东城 所'));
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part~="error"]')?.textContent).to.contain('此投诉表尚未设置好');
    expect(el.shadowRoot?.querySelector('form')).to.equal(null);
  });

  it('a pad on an English page shows English once its messages are here, and no Chinese before', async () => {
    const el = place<HTMLElementTagNameMap['manyi-rating-pad']>(
      'manyi-rating-pad',
      (p) => {
        p.setAttribute('station', 'demo');
        p.setAttribute('window', 'w01');
      },
      'en',
    );
    await el.updateComplete;
    expect(fetched('rating-pad/messages.en.js')).to.equal(true);
    expect(el.shadowRoot?.querySelector('h2')?.textContent).to.equal('How satisfied are you with this service?');
    expect(buttons(el)[0]?.textContent?.trim()).to.equal('Very satisfied');
    expect(el.shadowRoot?.querySelector('[lang]')).to.equal(null);
    await expectNoAxeViolations(el);
    // What comes after a tap was fetched before anyone could tap: a tap shows the chips at once.
    expect(fetched('rating-pad/after-tap.js')).to.equal(true);
    buttons(el)
      .find((b) => b.textContent?.trim() === 'Very dissatisfied')
      ?.click();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('[part~="reason"]')).to.have.length(9);
    expect(getComputedStyle(el.shadowRoot?.querySelector('textarea') as Element).minBlockSize).not.to.equal('auto');
    await expectNoAxeViolations(el);
  });

  it('a pad switched live to zh-TW shows zh-TW once its messages are here', async () => {
    const el = place<HTMLElementTagNameMap['manyi-rating-pad']>(
      'manyi-rating-pad',
      (p) => {
        p.setAttribute('station', 'demo');
        p.setAttribute('window', 'w01');
      },
      'zh-CN',
    );
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('h2')?.textContent).to.equal('请您对本次服务进行评价');
    (el.parentElement as HTMLElement).lang = 'zh-Hant';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('h2')?.textContent).to.equal('請您對本次服務進行評價');
    expect(buttons(el)[0]?.textContent?.trim()).to.equal('非常滿意');
  });
});
