import type { CatalogueHistory } from './store/catalogue-store.js';

/** The one check of what a record names against a station's catalogue, for the web channel and for devices alike. */

export interface UnknownReference {
  field: 'windowId' | 'staffId' | 'serviceItemId';
  /** The id the record named. */
  id: string;
  /** What an attendant reads: the entry's kind in words. */
  noun: string;
  code: 'unknown-window' | 'unknown-staff' | 'unknown-service-item';
}

const REFERENCES = [
  { field: 'windowId', kind: 'windows', noun: 'window', code: 'unknown-window' },
  { field: 'staffId', kind: 'staff', noun: 'staff member', code: 'unknown-staff' },
  { field: 'serviceItemId', kind: 'serviceItems', noun: 'service item', code: 'unknown-service-item' },
] as const;

/**
 * The window, staff member and service item `named` names that the station did not list at `at`
 * (epoch ms). An entry removed after `at` was listed then, so a record made before a window was
 * removed (or renamed: the id stays) is still known; an id never listed is unknown at any time.
 */
export function unknownReferences(history: CatalogueHistory, named: object, at: number): UnknownReference[] {
  const unknown: UnknownReference[] = [];
  for (const { field, kind, noun, code } of REFERENCES) {
    const id = (named as Partial<Record<UnknownReference['field'], unknown>>)[field];
    if (typeof id !== 'string') continue;
    const removedAt = history[kind].get(id);
    if (removedAt === undefined || (removedAt !== null && removedAt <= at)) unknown.push({ field, id, noun, code });
  }
  return unknown;
}
