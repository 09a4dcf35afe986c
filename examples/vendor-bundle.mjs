// Copies @manyi/elements' single-file bundle and its manifest into examples/vendor/, the way an
// integrator self-hosts them: the portal pages then load Manyi from their own origin, no CDN.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package as installed for this workspace package (pnpm links it here), not its exports map:
// the manifest and the bundle are files an integrator copies, not modules.
const elements = fileURLToPath(new URL('./node_modules/@manyi/elements/', import.meta.url));
const vendor = fileURLToPath(new URL('./vendor/', import.meta.url));
const files = ['dist/manyi-elements.js', 'dist/manyi-elements.js.map', 'custom-elements.json'];

const missing = files.filter((file) => !existsSync(join(elements, file)));
if (missing.length > 0) {
  console.error(`examples: ${missing.join(', ')} missing in @manyi/elements; run \`pnpm run build:all\` (it builds the elements first).`);
  process.exit(1);
}
mkdirSync(vendor, { recursive: true });
for (const file of files) copyFileSync(join(elements, file), join(vendor, file.replace(/^dist\//, '')));
console.log(`examples: vendored ${files.length} files into ${vendor}`);
