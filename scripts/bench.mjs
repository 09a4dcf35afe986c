// `npm run bench`: runs every bench/*.bench.ts in its own Node process and prints one table.
// Each benchmark prints its figures as JSON lines: {"bench","figure","value","unit","target","ok"}.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const env = { ...process.env, CHROME_PATH: findBrowser() };

const rows = [];
let failed = false;
for (const file of files) {
  console.log(`▶ ${file}`);
  const result = spawnSync(process.execPath, [join(root, 'bench', file)], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of result.stdout.split('\n')) {
    if (!line.startsWith('{')) {
      if (line.trim()) console.log(`  ${line}`);
      continue;
    }
    rows.push(JSON.parse(line));
  }
  if (result.status !== 0) {
    failed = true;
    console.log(`✘ ${file} exited with ${result.status}`);
  }
}

const table = [
  ['benchmark', 'figure', 'value', 'target', ''],
  ...rows.map((r) => [r.bench, r.figure, `${r.value} ${r.unit}`, r.target, r.ok ? 'ok' : 'MISSED']),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log('');
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => String(cell).padEnd(widths[j])).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const missed = rows.filter((r) => !r.ok).length;
console.log(`\n${rows.length - missed} of ${rows.length} figures on target`);
process.exit(failed ? 1 : 0);
