// `pnpm run build:docs`: the docs site as static files, for the collector's /docs/ or any host.
// Generated from custom-elements.json (run `cem analyze` first: `pnpm run bundle` does both) and
// this package's README; the live examples run the single-file bundle dist/manyi-elements.js.
// Usage: node scripts/build-docs.mjs [out-dir]   (default: docs-dist/)
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementPage, indexPage } from './docs/pages.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = resolve(process.argv[2] ?? here('../docs-dist/'));
const bundle = here('../dist/manyi-elements.js');
if (!existsSync(bundle)) {
  console.error('build:docs: dist/manyi-elements.js is not built yet; run `pnpm run bundle` first.');
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(here('../custom-elements.json'), 'utf8'));
const readme = readFileSync(here('../README.md'), 'utf8');
const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The README's `### \`tag\`` section, up to the next heading of that level or above. */
function sectionOf(tag) {
  const start = readme.indexOf(`### \`${tag}\``);
  if (start === -1) return '';
  const rest = readme.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => /^#{1,3} /.test(line));
  return rest.slice(0, end === -1 ? undefined : end).join('\n');
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const intro = readme.slice(readme.indexOf('\n') + 1, readme.indexOf('\n## '));
writeFileSync(join(out, 'index.html'), indexPage(declarations, intro));
for (const declaration of declarations) {
  writeFileSync(join(out, `${declaration.tagName}.html`), elementPage(declaration, declarations, sectionOf(declaration.tagName)));
}
copyFileSync(bundle, join(out, 'manyi-elements.js'));
if (existsSync(`${bundle}.map`)) copyFileSync(`${bundle}.map`, join(out, 'manyi-elements.js.map'));
copyFileSync(here('../custom-elements.json'), join(out, 'custom-elements.json'));
for (const asset of ['playground.js', 'docs.css']) copyFileSync(here(`./docs/${asset}`), join(out, asset));
console.log(`build:docs: ${declarations.length} element pages → ${out}`);
