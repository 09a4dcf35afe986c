import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Paper the notice is laid out for; '' leaves the choice to the print dialog. */
export type NoticePaper = 'A4' | 'A5' | '';

export const PRINTING_ATTRIBUTE = 'data-manyi-printing';

/**
 * Page-level CSS for printing a notice. Browsers ignore `@page` inside a shadow root, so this has
 * to live in the document: the element adds it as a constructable stylesheet (allowed under a
 * strict CSP, unlike a <style> element) while printing, or a host page may put it in its own CSS.
 * Besides the page box it hides everything on the page that neither is nor holds the notice.
 */
export function noticePageStyles(paper: NoticePaper = ''): string {
  const size = paper ? `size: ${paper} portrait; ` : '';
  const margin = paper === 'A5' ? '10mm 10mm 12mm' : '15mm 15mm 18mm';
  return `@page { ${size}margin: ${margin}; }
@media print {
  html, body { background: #fff !important; }
  body *:not([${PRINTING_ATTRIBUTE}]):not(:has([${PRINTING_ATTRIBUTE}])) { display: none !important; }
  [${PRINTING_ATTRIBUTE}] { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
}`;
}

/**
 * While the page prints (the print button, Ctrl+P or the browser menu alike), puts the page styles
 * in the document and marks the element, and every shadow host it sits in, as what to print.
 */
export class NoticePrintController implements ReactiveController {
  #sheet: CSSStyleSheet | undefined;
  #marked: Element[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { active: () => boolean; paper: () => NoticePaper },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
    this.#after();
  }

  /** Prints the page; `window.print()` fires beforeprint and afterprint around the dialog. */
  print(): void {
    window.print();
  }

  readonly #before = (): void => {
    if (!this.options.active() || this.#sheet) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(noticePageStyles(this.options.paper()));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.#sheet = sheet;
    for (let el: Element | undefined = this.host; el; el = hostOf(el)) {
      el.setAttribute(PRINTING_ATTRIBUTE, '');
      this.#marked.push(el);
    }
  };

  readonly #after = (): void => {
    const sheet = this.#sheet;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.#sheet = undefined;
    for (const el of this.#marked) el.removeAttribute(PRINTING_ATTRIBUTE);
    this.#marked = [];
  };
}

function hostOf(el: Element): Element | undefined {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}
