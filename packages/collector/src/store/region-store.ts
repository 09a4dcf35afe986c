import type { Region, Station } from '@manyi/core';
import type { PutOutcome } from './store.js';

/** Why a region was not put: its parent does not exist, or it would lie inside itself. */
export type RegionPutOutcome = PutOutcome | 'unknown-parent' | 'loop';

/** `in-use`: stations or other regions still lie in it; nothing deleted. */
export type RegionDeleteOutcome = 'deleted' | 'not-found' | 'in-use';

/**
 * The region tree above the stations (province → city → county → …). Small (a province has a few
 * thousand at most), so callers read it whole and walk it with @manyi/core's region functions.
 */
export interface RegionStore {
  /** Every region, ordered by id (bytewise, the same in both databases). */
  listRegions(): Promise<Region[]>;
  /** Inserts or replaces, checking parent and loops in the same transaction as the write. */
  putRegion(region: Region): Promise<RegionPutOutcome>;
  deleteRegion(id: string): Promise<RegionDeleteOutcome>;
  /** Every station's settings and region, ordered by id. */
  listStations(): Promise<Station[]>;
}
