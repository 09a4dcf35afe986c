// The theming knobs an integrator reads about are the ones the styles use: for each element, the
// `--manyi-*` custom properties in its stylesheets, the ticks of its column in the README's theming
// table and the `@cssproperty` list in custom-elements.json (which feeds the docs site) must agree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const elements = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const src = join(elements, 'src');

/** Each element's stylesheets: the shared tokens and every *.styles.ts in its folder. */
const ELEMENTS = {
  'manyi-rating-pad': 'rating-pad',
  'manyi-commitment-board': 'commitment-board',
  'manyi-complaint-form': 'complaint-form',
  'manyi-notice-checklist': 'notice-checklist',
  'manyi-satisfaction-board': 'satisfaction-board',
} as const;
type Tag = keyof typeof ELEMENTS;

const PROPERTY = /--manyi-[a-z0-9-]+/g;

function usedInStyles(folder: string): Set<string> {
  const sheets = readdirSync(join(src, folder))
    .filter((name) => name.endsWith('.styles.ts'))
    .map((name) => join(src, folder, name));
  const used = new Set<string>();
  for (const file of [join(src, 'tokens.styles.ts'), ...sheets]) {
    for (const name of readFileSync(file, 'utf8').match(PROPERTY) ?? []) used.add(name);
  }
  return used;
}

/** The README's theming table: for each column (element), the properties ticked. */
function readmeTable(): Map<Tag, Set<string>> {
  const readme = readFileSync(join(elements, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Theming'));
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `--manyi-'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const columns: Tag[] = [
    'manyi-rating-pad',
    'manyi-commitment-board',
    'manyi-complaint-form',
    'manyi-notice-checklist',
    'manyi-satisfaction-board',
  ];
  const table = new Map(columns.map((tag) => [tag, new Set<string>()]));
  for (const cells of rows) {
    // `--manyi-face-1` … `--manyi-face-5` stands for the five.
    const named = cells[1]?.match(PROPERTY) ?? [];
    const [first, last] = named;
    const range = named.length === 2 && cells[1]?.includes('…') && first && last ? expand(first, last) : named;
    columns.forEach((tag, i) => {
      if (cells[i + 2] === '✓') for (const name of range) table.get(tag)?.add(name);
    });
  }
  return table;
}

function expand(first: string, last: string): string[] {
  const stem = first.replace(/\d+$/, '');
  const from = Number(first.slice(stem.length));
  const to = Number(last.slice(stem.length));
  return Array.from({ length: to - from + 1 }, (_, i) => `${stem}${from + i}`);
}

function manifestProperties(): Map<string, Set<string>> {
  const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[];
  };
  const found = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.tagName) found.set(declaration.tagName, new Set((declaration.cssProperties ?? []).map((p) => p.name)));
  }
  return found;
}

const sorted = (names: Iterable<string> | undefined) => [...(names ?? [])].sort();

test('every custom property the styles use is in the README theming table, ticked for its element, and none else', () => {
  const table = readmeTable();
  for (const [tag, folder] of Object.entries(ELEMENTS) as [Tag, string][]) {
    assert.deepEqual(sorted(table.get(tag)), sorted(usedInStyles(folder)), `README theming column of ${tag}`);
  }
});

test('custom-elements.json lists the same custom properties for each element', () => {
  const manifest = manifestProperties();
  for (const [tag, folder] of Object.entries(ELEMENTS) as [Tag, string][]) {
    assert.deepEqual(sorted(manifest.get(tag)), sorted(usedInStyles(folder)), `@cssproperty of ${tag}`);
  }
});

test('custom-elements.json gives each custom event its detail type', () => {
  const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[] }[];
  };
  const events = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? (d.events ?? []) : []));
  const custom = events.filter((e) => e.name.startsWith('manyi-'));
  assert.ok(custom.length >= 14, `${custom.length} manyi-* events`);
  for (const event of custom) assert.match(event.type?.text ?? '', /^CustomEvent<\{ .+ \}>$/, event.name);
  assert.ok(custom.some((e) => e.name === 'manyi-rated' && e.type?.text === 'CustomEvent<{ record: RatingRecord }>'));
});
