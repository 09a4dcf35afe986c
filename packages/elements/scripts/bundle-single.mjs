// Builds dist/manyi-elements.js: every element's define module, Lit and the schemas in one
// minified ES module, so a portal can self-host Manyi without a CDN (public CDNs are unreliable
// for mainland visitors) and without a bundler. Runs after `tsc -b`, from the compiled define
// modules, so the decorators are already lowered exactly as in the npm package.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ELEMENTS = ['rating-pad', 'commitment-board', 'complaint-form', 'notice-checklist', 'satisfaction-board'];
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outfile = `${dist}manyi-elements.js`;

const missing = ELEMENTS.map((name) => `${dist}${name}/define.js`).filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`bundle:single: ${missing.join(', ')} not built yet; run \`pnpm exec tsc -b\` first.`);
  process.exit(1);
}

await build({
  stdin: {
    contents: ELEMENTS.map((name) => `import './${name}/define.js';`).join('\n'),
    resolveDir: dist,
    sourcefile: 'manyi-elements.entry.js',
    loader: 'js',
  },
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // Licences of Lit and the other bundled packages travel with the file.
  legalComments: 'eof',
  sourcemap: 'linked',
  logLevel: 'warning',
});

console.log(`bundle:single: ${outfile} (${(statSync(outfile).size / 1024).toFixed(1)} KiB)`);
