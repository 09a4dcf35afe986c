import { expect } from 'chai';
import { html, LitElement, nothing } from 'lit';
import { PendingWork } from '../pending-work.js';
import { Catalogue } from './catalogue.js';
import { LocaleController } from './locale-controller.js';

interface Words {
  hello: string;
}

/** A catalogue whose en and zh-TW arrive when the test says so (or never, or fail). */
function slowCatalogue() {
  const answers: Record<'en' | 'zh-TW', { resolve: (w: Words) => void; reject: (e: unknown) => void }> = {} as never;
  const asked: string[] = [];
  const pending = (locale: 'en' | 'zh-TW') => () => {
    asked.push(locale);
    return new Promise<Words>((resolve, reject) => {
      answers[locale] = { resolve, reject };
    });
  };
  const catalogue = new Catalogue<Words>({ hello: '你好' }, { en: pending('en'), 'zh-TW': pending('zh-TW') });
  return { catalogue, answers, asked };
}

let current = slowCatalogue();

class LocaleTestElement extends LitElement {
  readonly #work = new PendingWork();
  readonly #locale = new LocaleController(this, current.catalogue, this.#work);
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#work.updateComplete(() => super.getUpdateComplete());
  }
  override render() {
    if (this.#locale.waiting) return nothing;
    return html`<p lang=${this.#locale.fallbackLang ?? nothing}>${this.#locale.messages.hello}</p>`;
  }
}
customElements.define('manyi-locale-test', LocaleTestElement);

const shown = (el: Element) => el.shadowRoot?.querySelector('p');
const tick = () => new Promise((r) => setTimeout(r, 0));

function place(lang: string): { host: HTMLElement; el: LocaleTestElement } {
  const host = document.createElement('div');
  host.lang = lang;
  const el = document.createElement('manyi-locale-test') as LocaleTestElement;
  host.append(el);
  document.body.append(host);
  return { host, el };
}

describe('messages fetched on demand (LocaleController with a Catalogue)', () => {
  beforeEach(() => {
    current = slowCatalogue();
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('div[lang]')) el.remove();
  });

  it('shows zh-CN at once without fetching anything', async () => {
    const { el } = place('zh-CN');
    await el.updateComplete;
    expect(shown(el)?.textContent).to.equal('你好');
    expect(shown(el)?.hasAttribute('lang')).to.equal(false);
    expect(current.asked).to.deep.equal([]);
  });

  it('shows no text while the first language is on its way, and updateComplete waits for it', async () => {
    const { el } = place('en');
    let complete = false;
    void el.updateComplete.then(() => {
      complete = true;
    });
    await tick();
    expect(current.asked).to.deep.equal(['en']);
    expect(shown(el)).to.equal(null);
    expect(complete).to.equal(false);
    current.answers.en.resolve({ hello: 'Hello' });
    await el.updateComplete;
    expect(shown(el)?.textContent).to.equal('Hello');
    expect(shown(el)?.hasAttribute('lang')).to.equal(false);
  });

  it('switching live keeps the text shown, marked with its language, until the new one is here', async () => {
    const { host, el } = place('zh-CN');
    await el.updateComplete;
    host.lang = 'zh-TW';
    await tick();
    expect(shown(el)?.textContent).to.equal('你好');
    expect(shown(el)?.getAttribute('lang')).to.equal('zh-CN');
    current.answers['zh-TW'].resolve({ hello: '妳好' });
    await el.updateComplete;
    expect(shown(el)?.textContent).to.equal('妳好');
    expect(shown(el)?.hasAttribute('lang')).to.equal(false);
  });

  it('falls back to zh-CN, marked as such, when the language cannot be fetched, and tries again later', async () => {
    const { host, el } = place('en');
    await tick();
    current.answers.en.reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
    expect(shown(el)?.textContent).to.equal('你好');
    expect(shown(el)?.getAttribute('lang')).to.equal('zh-CN');
    host.lang = 'zh-CN';
    await el.updateComplete;
    host.lang = 'en';
    await tick();
    expect(current.asked).to.deep.equal(['en', 'en']);
    current.answers.en.resolve({ hello: 'Hello' });
    await el.updateComplete;
    expect(shown(el)?.textContent).to.equal('Hello');
  });

  it('fetches a language once for every element that asks for it', async () => {
    const a = place('en').el;
    const b = place('en-GB').el;
    await tick();
    expect(current.asked).to.deep.equal(['en']);
    current.answers.en.resolve({ hello: 'Hello' });
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect([shown(a)?.textContent, shown(b)?.textContent]).to.deep.equal(['Hello', 'Hello']);
  });
});
