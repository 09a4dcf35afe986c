import { expect } from 'chai';
import { encode } from 'uqr';
import { $, clearNoticeCounters, clerk, emulatePrint, field, settle, sink, type } from '../test-support/checklist.js';
import { button } from '../test-support/fixture.js';
import { noticePageStyles, PRINTING_ATTRIBUTE } from './print.js';
import { qrPath } from './qr-code.js';

beforeEach(() => clearNoticeCounters());
afterEach(async () => {
  await emulatePrint(false);
  for (const el of document.querySelectorAll('manyi-notice-checklist, section.page-chrome')) el.remove();
});

async function issuedNotice(attributes: Record<string, string> = {}) {
  const el = await clerk(attributes);
  el.outbox = sink();
  type(field(el, '申请人姓名'), '张三');
  button(el, '出具一次性告知书').click();
  await settle(el);
  return el;
}

/** The rules of every sheet in the element's shadow root, media rules opened up. */
function shadowRules(el: Element): { media: string; rule: CSSStyleRule }[] {
  const out: { media: string; rule: CSSStyleRule }[] = [];
  const walk = (rules: CSSRuleList, media: string) => {
    for (const r of rules) {
      if (r instanceof CSSMediaRule) walk(r.cssRules, r.media.mediaText);
      else if (r instanceof CSSStyleRule) out.push({ media, rule: r });
    }
  };
  for (const sheet of el.shadowRoot?.adoptedStyleSheets ?? []) walk(sheet.cssRules, '');
  return out;
}

describe('manyi-notice-checklist printing', () => {
  it('prints the issuing office, the window and the clerk by name, not by id', async () => {
    const el = await issuedNotice({ 'window-name': '3号窗口 户籍业务', 'staff-name': '李明', office: '示范区政务服务中心' });
    const shown = $(el, '[part~=notice]').textContent?.replace(/\s+/g, ' ') ?? '';
    for (const part of ['出具单位：示范区政务服务中心', '告知窗口：3号窗口 户籍业务', '经办人：李明']) expect(shown).to.contain(part);
    expect(shown).not.to.contain('w03');
    expect(shown).not.to.contain('s07');
  });

  it('has print styles that hide the buttons and keep each material and line whole', async () => {
    const el = await issuedNotice();
    const print = shadowRules(el).filter((r) => r.media === 'print');
    expect(print.some((r) => r.rule.selectorText.includes('button') && r.rule.style.display === 'none')).to.equal(true);
    const unbroken = print.filter((r) => r.rule.style.breakInside === 'avoid').map((r) => r.rule.selectorText);
    expect(unbroken.join(',')).to.contain('.notice-item').and.contain('.notice-line').and.contain('.signature');
  });

  it('prints the notice black on white without buttons, in dark mode too', async () => {
    const el = await issuedNotice();
    await emulatePrint(true);
    const print = $(el, '[part~=print]');
    expect(getComputedStyle(print).display).to.equal('none');
    const notice = $(el, '[part~=notice]');
    expect(getComputedStyle(notice).display).not.to.equal('none');
    expect(getComputedStyle(notice).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('adds the page styles to the document while printing, and only the notice prints', async () => {
    const chrome = document.createElement('section');
    chrome.className = 'page-chrome';
    chrome.textContent = '窗口工作台导航';
    document.body.prepend(chrome);
    const el = await issuedNotice({ paper: 'A5' });
    const before = document.adoptedStyleSheets.length;
    window.dispatchEvent(new Event('beforeprint'));
    const added = document.adoptedStyleSheets.at(-1);
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    const page = [...(added?.cssRules ?? [])].find((r) => r instanceof CSSPageRule);
    expect(page?.cssText.toUpperCase()).to.contain('SIZE: A5');
    expect(el.hasAttribute(PRINTING_ATTRIBUTE)).to.equal(true);
    await emulatePrint(true);
    expect(getComputedStyle(chrome).display).to.equal('none');
    expect(getComputedStyle(el).display).to.equal('block');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(el.hasAttribute(PRINTING_ATTRIBUTE)).to.equal(false);
    expect(getComputedStyle(chrome).display).to.equal('block');
  });

  it('leaves the paper to the print dialog for a size it does not know', async () => {
    const el = await issuedNotice({ paper: 'B5' });
    expect(el.paper).to.equal('');
    window.dispatchEvent(new Event('beforeprint'));
    const page = [...(document.adoptedStyleSheets.at(-1)?.cssRules ?? [])].find((r) => r instanceof CSSPageRule);
    window.dispatchEvent(new Event('afterprint'));
    expect(page?.cssText).to.contain('margin').and.not.contain('size');
  });

  it('leaves the page alone when printing before a notice is issued', async () => {
    const el = await clerk();
    const before = document.adoptedStyleSheets.length;
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(el.hasAttribute(PRINTING_ATTRIBUTE)).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('opens the print dialog from the print button', async () => {
    const el = await issuedNotice();
    const realPrint = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      button(el, '打印告知书').click();
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.equal(1);
  });

  it('offers the page styles to host pages, with the paper size when one is chosen', () => {
    expect(noticePageStyles()).to.contain('@page').and.not.contain('size:');
    expect(noticePageStyles('A4')).to.contain('size: A4');
  });

  it('draws a QR code of the notice, labelled with what it carries', async () => {
    const el = await issuedNotice({ 'notice-url': '/notices/{noticeNo}' });
    const qr = $(el, 'svg.qr');
    const content = qr.getAttribute('data-content') ?? '';
    expect(content).to.match(/^http:\/\/[^/]+\/notices\/GZ-\d{6}-[0-9A-Z]{6}$/);
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal(`二维码，内容：${content}`);
    const d = qr.querySelector('path.qr-dark')?.getAttribute('d') ?? '';
    expect(d).to.equal(qrPath(content).d);
    // Every dark module of the symbol is drawn: count them against the encoder's matrix.
    const dark = encode(content, { ecc: 'M', border: 0 }).data.flat().filter(Boolean).length;
    const drawn = [...d.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(drawn).to.equal(dark).and.be.greaterThan(100);
  });
});
