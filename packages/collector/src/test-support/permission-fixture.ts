import type { Store } from '../store/store.js';
import { badReview } from './bad-reviews.js';
import { type ApiCall, apiClient, enrolDevice, HALL, hallWithDevice, upload } from './http.js';
import { type Person, seedPeople } from './people.js';

/** Who calls in the permission matrix; `hall` lies in region `city`, station `far` in region `elsewhere`. */
export const PEOPLE: readonly Person[] = [
  { username: 'root', role: 'admin' },
  { username: 'sup-in', role: 'supervisor', regionId: 'prov' },
  { username: 'sup-out', role: 'supervisor', regionId: 'elsewhere' },
  { username: 'watcher', role: 'observer', regionId: 'city' },
  { username: 'boss', role: 'manager', stationId: 'hall' },
  { username: 'boss-far', role: 'manager', stationId: 'far' },
  { username: 'desk', role: 'clerk', stationId: 'hall' },
  { username: 'desk-far', role: 'clerk', stationId: 'far' },
];

/** Whether a person's scope holds station `hall` (and region `city`). */
export const holdsHall = (p: Person) => p.role === 'admin' || p.regionId === 'prov' || p.regionId === 'city' || p.stationId === 'hall';

export interface PermissionFixture {
  call: ApiCall;
  deviceToken: string;
  /** What fills each path parameter. */
  params: Record<string, string>;
  session(username: string): Promise<string>;
}

/** Regions, two stations, a tablet, a bad review, a complaint and the people of PEOPLE, on a fresh store. */
export async function permissionFixture(store: Store): Promise<PermissionFixture> {
  const call = apiClient(store);
  for (const [id, parentId] of [['prov'], ['city', 'prov'], ['elsewhere']] as const) {
    await call('PUT', `/admin/regions/${id}`, { name: id, ...(parentId ? { parentId } : {}) });
  }
  const device = await hallWithDevice(call);
  await call('PATCH', '/admin/stations/hall', { regionId: 'city' });
  await call('POST', '/admin/stations', { ...HALL, id: 'far', regionId: 'elsewhere' });
  const revokable = await enrolDevice(call);
  const review = badReview(new Date());
  await upload(call, device, [review]);
  const filed = await call(
    'POST',
    '/public/complaints',
    { stationId: 'hall', category: 'attitude', description: '态度冷淡，问了两遍才回答。', wantsReply: false },
    null,
  );
  const session = await seedPeople(store, PEOPLE);
  return {
    call,
    deviceToken: device.token,
    params: {
      stationId: 'hall',
      regionId: 'city',
      id: 'w1',
      caseId: review.id,
      recordId: review.id,
      trackingNo: filed.body.trackingNo,
      deviceId: revokable.deviceId,
    },
    session,
  };
}

/** What a refused call must leave as it was. */
export async function snapshot(store: Store): Promise<string> {
  return JSON.stringify([
    await store.stations.list(),
    await store.catalogue.list('hall', 'windows'),
    await store.devices.list('hall'),
    await store.regions.list(),
    await store.accounts.list(),
    await store.cases.listCases({ stationId: 'hall' }),
    await store.complaints.list({ stationId: 'hall', limit: 1000 }),
  ]);
}
