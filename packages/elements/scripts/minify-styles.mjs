// Minifies the CSS inside Lit's css`` literals of the compiled styles modules (dist/**/*.styles.js),
// after `tsc -b`: bundlers minify JavaScript but leave template literals as written, so every
// portal would otherwise ship the stylesheets' indentation and line breaks. The sources stay
// readable; the line breaks taken out are put back after the literal, outside the string, so the
// line numbers in tsc's source maps still hold. The test build (dist-test/) gets the same, so the
// browser tests render the stylesheets the packages ship.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const builds = ['../dist/', '../dist-test/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url))).filter((dir) => existsSync(dir));
// A css`` literal without interpolations (ours have none: a `${` is left alone).
const LITERAL = /\bcss ?`([^`$\\]*)`/g;

function* stylesModules(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* stylesModules(path);
    else if (name.endsWith('.styles.js')) yield path;
  }
}

let before = 0;
let after = 0;
for (const file of builds.flatMap((dir) => [...stylesModules(dir)])) {
  const source = readFileSync(file, 'utf8');
  let out = '';
  let last = 0;
  for (const match of source.matchAll(LITERAL)) {
    const css = match[1] ?? '';
    // utf8 keeps characters such as ✓ as written; any backslash left is escaped for the literal.
    const minified = (await transform(css, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'error' })).code
      .trim()
      .replace(/[\\`]|\$\{/g, (c) => `\\${c}`);
    const lines = css.split('\n').length - minified.split('\n').length;
    out += `${source.slice(last, match.index)}css\`${minified}\`${'\n'.repeat(Math.max(0, lines))}`;
    last = match.index + match[0].length;
    before += css.length;
    after += minified.length;
  }
  if (last > 0) writeFileSync(file, out + source.slice(last));
}
console.log(
  `minify-styles: ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KiB of CSS in ${builds.length} builds' **/*.styles.js`,
);
