import { type EnrollRequestSchema, type EnrollResponse, uuidv7 } from '@manyi/core';
import type * as z from 'zod/mini';
import { hashSecret, newEnrollmentCode, newToken, normalizeEnrollmentCode } from './credentials.js';
import { ApiError } from './errors.js';
import type { Store } from './store/store.js';

/** How long a new enrollment code stays usable. */
export const ENROLLMENT_CODE_TTL_MS = 24 * 60 * 60 * 1000;

export async function issueEnrollmentCode(store: Store, stationId: string, now = new Date()): Promise<{ code: string; expiresAt: string }> {
  if (!(await store.stations.get(stationId))) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
  const code = newEnrollmentCode();
  const expiresAt = new Date(now.getTime() + ENROLLMENT_CODE_TTL_MS).toISOString();
  await store.devices.addEnrollmentCode(stationId, hashSecret(normalizeEnrollmentCode(code)), expiresAt);
  return { code, expiresAt };
}

/** Trades a single-use code for a device id and token; the token is shown this once only. */
export async function enrollDevice(
  store: Store,
  request: z.output<typeof EnrollRequestSchema>,
  now = new Date(),
): Promise<EnrollResponse & { trackingNode?: number }> {
  const token = newToken('mdt');
  const device = await store.devices.enroll(hashSecret(normalizeEnrollmentCode(request.code)), now.toISOString(), {
    id: uuidv7(now.getTime()),
    name: request.name || null,
    tokenHash: hashSecret(token),
  });
  if (!device) {
    throw new ApiError(401, 'enrollment-code-invalid', 'this enrollment code is unknown, already used or expired; ask for a new one');
  }
  // trackingNode (an extra field the contract allows): the node for the complaint tracking numbers
  // this device makes; absent in the rare case that all 1023 are held by devices in use.
  const { trackingNode } = device;
  return { deviceId: device.id, token, stationId: device.stationId, ...(trackingNode !== null ? { trackingNode } : {}) };
}
