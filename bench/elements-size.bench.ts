// @manyi/elements: what a portal ships, min+gzip with lit and every dependency, per define module.
import { bundle } from './support/bundle.ts';
import { report } from './support/report.ts';

const elements = `${new URL('../packages/elements', import.meta.url).pathname}`;
const define = (name: string) => `import './dist/${name}/define.js';`;
const ELEMENTS = ['rating-pad', 'commitment-board', 'complaint-form', 'notice-checklist'] as const;

// The floor every Lit element pays: one trivial element with lit's runtime and decorators.
const lit = await bundle(
  `import { LitElement, css, html } from 'lit';
   import { property } from 'lit/decorators.js';
   class Floor extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>\${this.title}</p>\`; } }
   property()(Floor.prototype, 'title');
   customElements.define('bench-floor', Floor);`,
  elements,
);
const kb = (bytes: number) => bytes / 1024;
report('elements-size', 'lit alone, one trivial element (baseline)', kb(lit.gzipBytes), 'KB', 'informative', true);

for (const name of ELEMENTS) {
  const size = await bundle(define(name), elements);
  const target = name === 'rating-pad' ? 9 : undefined;
  report(
    'elements-size',
    `manyi-${name} with lit (min+gzip; ${(size.gzipBytes / lit.gzipBytes).toFixed(2)}× lit alone)`,
    kb(size.gzipBytes),
    'KB',
    target ? `≤ ${target} KB` : 'informative',
    target ? size.gzipBytes <= target * 1024 : true,
  );
}

const all = await bundle(ELEMENTS.map(define).join('\n'), elements);
report('elements-size', 'all four elements with lit (min+gzip)', kb(all.gzipBytes), 'KB', '≤ 35 KB', all.gzipBytes <= 35 * 1024);
