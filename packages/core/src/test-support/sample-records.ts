// The sample records every package's tests start from, written once. Other packages' tests import
// the compiled module by path (core/dist-test/test-support/…): it is not published, so no export names it.
import { uuidv7 } from '../ids.js';
import type { RatingRecord } from '../schemas/records.js';

/** The demo station and window the collector seeds, where a sample rating is made unless told otherwise. */
export const SAMPLE_PLACE = { stationId: 'demo', windowId: 'w01' } as const;

/** A valid, very satisfied rating made on a device at `at` (its id carries that time too). */
export function sampleRating(over: Partial<RatingRecord> = {}, at: Date = new Date()): RatingRecord {
  return {
    id: uuidv7(at.getTime()),
    kind: 'rating',
    createdAt: at.toISOString(),
    ...SAMPLE_PLACE,
    channel: 'device',
    scale: 5,
    answer: 5,
    level: 5,
    ...over,
  } as RatingRecord;
}
