import { test } from 'node:test';
import type { Backend } from './backends.js';
import { type ApiCall, apiClient, hallWithDevice } from './http.js';

export type HallDevice = Awaited<ReturnType<typeof hallWithDevice>>;

/**
 * `test()` for route suites: each test starts on a fresh database of `backend` whose station
 * `hall` has one enrolled device, and the database is disposed of whatever the test does.
 */
export function hallTest(backend: Backend) {
  return (name: string, body: (call: ApiCall, device: HallDevice) => Promise<void>) =>
    test(name, async () => {
      const db = await backend.fresh();
      try {
        const call = apiClient(db.store);
        await body(call, await hallWithDevice(call));
      } finally {
        await db.dispose();
      }
    });
}
