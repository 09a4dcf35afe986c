// @manyi/elements: what a portal ships, min+gzip with lit and every dependency, per define module.
// Bundled with code splitting as a portal's bundler does: the figure with a target is what loads for
// the element to start; code the elements import only on demand (the QR encoder, once a notice is
// issued) is reported on its own line, so nothing shipped goes uncounted.
import { bundle, bundleStart } from './support/bundle.ts';
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

const onDemand = (name: string, bytes: number) =>
  report('elements-size', `${name}: loaded later, on demand (min+gzip)`, kb(bytes), 'KB', 'informative', true);

for (const name of ELEMENTS) {
  const { start, onDemand: later } = await bundleStart(define(name), elements);
  const target = name === 'rating-pad' ? 9 : undefined;
  report(
    'elements-size',
    `manyi-${name} with lit, to start (min+gzip; ${(start.gzipBytes / lit.gzipBytes).toFixed(2)}× lit alone)`,
    kb(start.gzipBytes),
    'KB',
    target ? `≤ ${target} KB` : 'informative',
    target ? start.gzipBytes <= target * 1024 : true,
  );
  if (later.files > 0) onDemand(`manyi-${name}`, later.gzipBytes);
}

const all = await bundleStart(ELEMENTS.map(define).join('\n'), elements);
report(
  'elements-size',
  'all four elements with lit, to start (min+gzip)',
  kb(all.start.gzipBytes),
  'KB',
  '≤ 35 KB',
  all.start.gzipBytes <= 35 * 1024,
);
if (all.onDemand.files > 0) onDemand('all four', all.onDemand.gzipBytes);
