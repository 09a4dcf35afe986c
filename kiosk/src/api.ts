import { type DeviceConfig, DeviceConfigSchema, type EnrollResponse, EnrollResponseSchema } from '@manyi/core';

/** The collector's API next to the kiosk (`/kiosk/` → `/api/v1/`). */
export const API_BASE = new URL('../api/v1/', location.href);

export class CollectorError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function errorFrom(response: Response): Promise<CollectorError> {
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  return new CollectorError(response.status, body?.error?.message ?? `the collector answered ${response.status}`);
}

export async function enroll(code: string, name: string): Promise<EnrollResponse> {
  const response = await fetch(new URL('devices/enroll', API_BASE), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name }),
  });
  if (!response.ok) throw await errorFrom(response);
  return EnrollResponseSchema.parse(await response.json());
}

export async function fetchConfig(token: string): Promise<DeviceConfig> {
  const response = await fetch(new URL('devices/me/config', API_BASE), {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
  if (!response.ok) throw await errorFrom(response);
  return DeviceConfigSchema.parse(await response.json());
}
