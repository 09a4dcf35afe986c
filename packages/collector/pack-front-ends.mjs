// `prepack`: the published collector serves the kiosk and the dashboard from its own folder, so
// their Vite builds are copied into public/ just before `pnpm pack` / `pnpm publish` (and removed
// again by `postpack --clean`, so the repository keeps serving the live builds). Run
// `pnpm run build:all` first: a missing build stops packing rather than shipping a collector
// without its front ends.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const target = here('./public/');
const frontEnds = [
  { name: 'kiosk', from: here('../../kiosk/dist/'), to: here('./public/kiosk/') },
  { name: 'dashboard', from: here('../dashboard/dist/'), to: here('./public/admin/') },
  { name: 'docs', from: here('../elements/docs-dist/'), to: here('./public/docs/') },
];

rmSync(target, { recursive: true, force: true });
if (process.argv.includes('--clean')) process.exit(0);

const missing = frontEnds.filter((f) => !existsSync(`${f.from}index.html`));
if (missing.length > 0) {
  for (const f of missing) console.error(`prepack: the ${f.name} is not built (no ${f.from}index.html); run \`pnpm run build:all\` first`);
  process.exit(1);
}
for (const f of frontEnds) {
  // Source maps stay behind: they are for developing the front ends, not for running them.
  cpSync(f.from, f.to, { recursive: true, filter: (path) => !path.endsWith('.map') });
  console.log(`prepack: ${f.name} → ${f.to}`);
}

// Brotli and gzip copies beside each text file, made once here at the highest levels, so the
// collector sends them as they are (serveStatic's `precompressed`) and compresses nothing per request.
const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (TEXT.test(name) && statSync(path).size >= 1024) {
      const text = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(text, { level: 9 }));
    }
  }
}
precompress(target);
console.log('prepack: brotli and gzip copies made');
