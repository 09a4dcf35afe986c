// A custom-elements-manifest analyzer plugin: each event's type in custom-elements.json becomes
// the CustomEvent it is, detail included (`CustomEvent<{ record: RatingRecord }>`), instead of an
// alias name (`RatingPadRateEvent`) a docs tool or editor cannot look into. The aliases are read
// from the events modules (src/events.ts, src/*/*.events.ts), where each is one line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const ALIAS = /^export type (\w+)(?:<.*?>)? = (.+);$/gm;

function eventsModules() {
  const nested = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(src, dir.name))
        .filter((name) => name.endsWith('.events.ts'))
        .map((name) => join(src, dir.name, name)),
    );
  return [join(src, 'events.ts'), ...nested];
}

/** Alias name → the CustomEvent type it names; `ManyiErrorEvent<R>` is spelt out for its R. */
export function eventTypes() {
  const types = new Map();
  for (const file of eventsModules()) {
    for (const [, name, type] of readFileSync(file, 'utf8').matchAll(ALIAS)) types.set(name, type);
  }
  const error = types.get('ManyiErrorEvent');
  for (const [name, type] of types) {
    const generic = /^ManyiErrorEvent<(\w+)>$/.exec(type);
    if (generic && error) types.set(name, error.replace(/\bR\b/g, generic[1]));
  }
  return types;
}

export function eventDetailTypes() {
  return {
    name: 'manyi-event-detail-types',
    packageLinkPhase({ customElementsManifest }) {
      const types = eventTypes();
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          const text = event.type?.text ?? '';
          // A native event (`change`: Event) or one spelt out already (a subclass shares its base's).
          if (text === 'Event' || text.startsWith('CustomEvent<')) continue;
          const spelt = types.get(text);
          if (!spelt?.startsWith('CustomEvent<'))
            throw new Error(`event ${event.name}: type ${text} is not a one-line alias in an events module`);
          event.type = { text: spelt };
        }
      }
    },
  };
}
