import { type RatingRecord, uuidv7 } from '@manyi/core';

export function rating(): RatingRecord {
  return {
    id: uuidv7(),
    kind: 'rating',
    createdAt: new Date().toISOString(),
    stationId: 'demo',
    windowId: 'w01',
    channel: 'device',
    scale: 5,
    answer: 5,
    level: 5,
  };
}

export const CREDENTIALS = { deviceId: 'dev-1', token: 'mdt_test', stationId: 'demo' };

let counter = 0;
/** A database name no other test uses. */
export function freshDbName(label: string): string {
  return `${label}-${Date.now()}-${counter++}`;
}
