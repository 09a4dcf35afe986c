import { seedDemoActivity } from './demo-activity.js';
import { DEMO_REGION, DEMO_STATION } from './demo-data.js';
import { CATALOGUE_KINDS, type Store } from './store/store.js';

export { DEMO_STATION };

/**
 * Creates the demo district and in it the demo station, and beside it a copy with two weeks of ratings, bad reviews being
 * handled, a complaint and notices (demo-activity.ts), on a database never seeded; true when it
 * did, so the caller prints an enrollment code. A demo station made before stations had staff, service items and commitments
 * gets the missing entries once, so an old data directory shows the same demo.
 */
export async function seedDemo(store: Store): Promise<boolean> {
  const first = !(await store.settings.get('seeded'));
  if (first) {
    await store.regions.put(DEMO_REGION);
    await store.stations.create({ ...DEMO_STATION, regionId: DEMO_REGION.id });
    await seedDemoActivity(store);
    await store.settings.init('seeded', new Date().toISOString());
  }
  if (await store.settings.get('seeded-catalogue')) return first;
  if (await store.stations.get(DEMO_STATION.id)) {
    for (const kind of CATALOGUE_KINDS) {
      for (const entry of DEMO_STATION[kind] ?? []) {
        if (!(await store.catalogue.get(DEMO_STATION.id, kind, entry.id))) await store.catalogue.put(DEMO_STATION.id, kind, entry);
      }
    }
  }
  await store.settings.init('seeded-catalogue', new Date().toISOString());
  return first;
}
