import type { AccessLimitOptions } from '../access-limits.js';
import { createApp } from '../app.js';
import { hashSecret } from '../credentials.js';
import { type Logger, silentLogger } from '../log.js';
import type { PublicChannelOptions } from '../public-limits.js';
import type { Store } from '../store/store.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text for other content types. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whichever fields the call answers with
  body: any;
  text: string;
}

const ROOMY = { capacity: 10_000, perMinute: 10_000 };
/** Access limits no functional test reaches; access-limits.test.ts sets its own. */
export const NO_ACCESS_LIMITS: AccessLimitOptions = { limits: { enroll: ROOMY, adminFailures: ROOMY } };
/** Limits no functional test reaches; the rate-limit tests set their own. */
const NO_LIMITS: PublicChannelOptions = { limits: { complaints: ROOMY, ratings: ROOMY, reads: ROOMY } };

/** Calls the app in-process, as the admin unless another token (or null for none) is given. */
export function apiClient(store: Store, options: { log?: Logger; publicChannel?: PublicChannelOptions } = {}) {
  const app = createApp({
    store,
    adminTokenHash: hashSecret(ADMIN_TOKEN),
    log: options.log ?? silentLogger,
    publicChannel: options.publicChannel ?? NO_LIMITS,
    accessLimits: NO_ACCESS_LIMITS,
  });
  return async (
    method: string,
    path: string,
    body?: unknown,
    token: string | null = ADMIN_TOKEN,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const sent: Record<string, string> = { 'content-type': 'application/json', ...headers };
    if (token) sent.authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers: sent };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await app.request(`/api/v1${path}`, init);
    // Keep a leading BOM (Response.text() would drop it): the CSV export's BOM is under test.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('application/json');
    return { status: response.status, headers: response.headers, body: json && text ? JSON.parse(text) : text, text };
  };
}
export type ApiCall = ReturnType<typeof apiClient>;

export const HALL = {
  id: 'hall',
  name: '城东街道便民服务中心',
  scale: 5,
  cooldownMs: 5000,
  thankYouMs: 3000,
  idleResetMs: 60_000,
  windows: [
    { id: 'w1', name: '1号窗口 综合受理' },
    { id: 'w2', name: '2号窗口 户籍' },
  ],
  staff: [{ id: 's1', name: '李娜', number: '20101', windowId: 'w1' }],
  serviceItems: [{ id: 'sfz', name: '居民身份证换领', guide: { materials: [] } }],
};

/** A station with two windows, a clerk and a service item, and a device enrolled there. */
export async function hallWithDevice(call: ApiCall): Promise<{ deviceId: string; token: string; trackingNode?: number }> {
  const created = await call('POST', '/admin/stations', HALL);
  if (created.status !== 201) throw new Error(`creating the hall: ${created.text}`);
  return enrolDevice(call);
}

export async function enrolDevice(call: ApiCall, stationId = HALL.id): Promise<{ deviceId: string; token: string; trackingNode?: number }> {
  const { body: code } = await call('POST', `/admin/stations/${stationId}/enrollment-codes`);
  const enrolled = await call('POST', '/devices/enroll', { code: code.code }, null);
  if (enrolled.status !== 201) throw new Error(`enrolling: ${enrolled.text}`);
  return enrolled.body;
}

/** Uploads records as the device; sentAt is now, so no clock skew is applied. */
export async function upload(call: ApiCall, device: { deviceId: string; token: string }, records: unknown[]): Promise<Answer> {
  return call('POST', '/records/batch', { deviceId: device.deviceId, sentAt: new Date().toISOString(), records }, device.token);
}
