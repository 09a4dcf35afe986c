import type { NewStation, Store } from './store/store.js';

/** The station `npm start` creates on an empty database, so a newcomer sees Manyi work at once. */
export const DEMO_STATION: NewStation = {
  id: 'demo',
  name: '示范政务服务大厅',
  scale: 5,
  cooldownMs: 5000,
  thankYouMs: 3000,
  idleResetMs: 60_000,
  windows: [
    { id: 'w01', name: '1号窗口 综合受理' },
    { id: 'w02', name: '2号窗口 户籍业务' },
    { id: 'w03', name: '3号窗口 税务业务' },
  ],
};

/** Creates the demo station unless any station exists; true when it did. */
export async function seedDemo(store: Store): Promise<boolean> {
  const marker = await store.getSetting('seeded');
  if (marker) return false;
  if (!(await store.getStation(DEMO_STATION.id))) await store.createStation(DEMO_STATION);
  await store.initSetting('seeded', new Date().toISOString());
  return true;
}
