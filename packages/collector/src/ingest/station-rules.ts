import { localTime, startOfLocalDay } from '../clock.js';
import { handlingSettingsOf } from '../handling-settings.js';
import type { CatalogueHistory } from '../store/catalogue-store.js';
import type { Store } from '../store/store.js';

/**
 * What ingest checks a station's records against: its catalogue's history and how many days
 * make a rating late. Kept in memory per station, so checking 500 records is 500 map lookups,
 * not 500 queries; dropped when this collector changes the station's catalogue or settings,
 * reloaded before a record is refused for naming an unknown entry (another collector may just
 * have added it), and at most MAX_AGE_MS old (another collector may have removed one).
 */
export interface StationRules {
  history: CatalogueHistory;
  lateAfterDays: number;
  loadedAt: number;
}

const MAX_AGE_MS = 30_000;
const DAY_MS = 86_400_000;
const byStore = new WeakMap<Store, Map<string, StationRules>>();

export function cachedRules(store: Store, stationId: string, now: number): StationRules | undefined {
  const rules = byStore.get(store)?.get(stationId);
  return rules && now - rules.loadedAt < MAX_AGE_MS && now >= rules.loadedAt ? rules : undefined;
}

export async function loadRules(store: Store, stationId: string, now: number): Promise<StationRules> {
  const [history, settings] = await Promise.all([store.catalogue.history(stationId), handlingSettingsOf(store, stationId)]);
  const rules: StationRules = { history, lateAfterDays: settings.lateAfterDays, loadedAt: now };
  const stations = byStore.get(store) ?? new Map<string, StationRules>();
  byStore.set(store, stations);
  stations.set(stationId, rules);
  return rules;
}

/** Called on every change of a station's catalogue or handling settings made through this collector. */
export function forgetRules(store: Store, stationId: string): void {
  byStore.get(store)?.delete(stationId);
}

/**
 * The instant before which a rating arriving at `receivedAt` is late: the start of the station's
 * current month (every earlier month is complete, so published) or `lateAfterDays` before
 * arrival, whichever is later.
 */
export function lateBefore(rules: StationRules, receivedAt: number): number {
  const monthStart = startOfLocalDay(`${localTime(receivedAt).day.slice(0, 8)}01`).getTime();
  return Math.max(monthStart, receivedAt - rules.lateAfterDays * DAY_MS);
}
