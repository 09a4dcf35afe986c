// `prepack`: the published collector serves the kiosk and the dashboard from its own folder, so
// their Vite builds are copied into public/ just before `pnpm pack` / `pnpm publish` (and removed
// again by `postpack --clean`, so the repository keeps serving the live builds). Run
// `pnpm run build:all` first: a missing build stops packing rather than shipping a collector
// without its front ends.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const target = here('./public/');
const frontEnds = [
  { name: 'kiosk', from: here('../../kiosk/dist/'), to: here('./public/kiosk/') },
  { name: 'dashboard', from: here('../dashboard/dist/'), to: here('./public/admin/') },
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
