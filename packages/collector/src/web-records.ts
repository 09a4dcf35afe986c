import { createHash } from 'node:crypto';
import type { ManyiRecord } from '@manyi/core';
import { unknownReferences } from './catalogue-check.js';
import { localTime } from './clock.js';
import type { Store, StoredRecord } from './store/store.js';

/** What the web channel shares between complaints and ratings: checking references and storing as `web`. */

/**
 * A web form can send anything, so the station and every window, staff member and service item it
 * names must exist there (the check devices' records pass too, as of their own time).
 */
export async function referenceProblems(
  store: Store,
  stationId: string,
  refs: { windowId?: string; staffId?: string; serviceItemId?: string },
): Promise<string[]> {
  if (!(await store.stations.get(stationId))) return [`stationId: no station "${stationId}"`];
  // Checked now: a web form is filled in against the catalogue as it is today.
  const unknown = unknownReferences(await store.catalogue.history(stationId), refs, Date.now());
  return unknown.map(({ field, noun, id }) => `${field}: no ${noun} "${id}" at this station`);
}

/**
 * A record handed in through the web channel. It counts from its arrival (a browser's clock is not
 * corrected like an enrolled device's); its content hash covers what the client sent, so the same
 * request sent again is a duplicate even though the collector filled in times and numbers anew.
 */
export function webStoredRecord(record: ManyiRecord, request: unknown, clientCreatedAt: string | undefined, now: Date): StoredRecord {
  const local = localTime(now);
  return {
    record,
    provenance: 'web',
    deviceId: null,
    clientCreatedAt: clientCreatedAt ?? now.toISOString(),
    createdAt: now.toISOString(),
    receivedAt: now.toISOString(),
    localDay: local.day,
    localHour: local.hour,
    localWeekday: local.weekday,
    contentHash: createHash('sha256').update(JSON.stringify(request)).digest('hex'),
  };
}
