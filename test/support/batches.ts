// Batches of ratings as a kiosk uploads them, and the calls that enrol it and upload them.
import { type BatchResult, type RatingRecord, uuidv7 } from '@manyi/core';
import type { CollectorProcess } from './collector-process.ts';

export interface Batch {
  deviceId: string;
  sentAt: string;
  records: RatingRecord[];
}

/** `size` ratings at the demo station's windows, good and bad (a bad one with its reason). */
export function ratingBatch(deviceId: string, size: number, at = Date.now()): Batch {
  const records = Array.from({ length: size }, (_, i): RatingRecord => {
    const answer = (i % 5) + 1;
    return {
      id: uuidv7(at + i),
      kind: 'rating',
      createdAt: new Date(at + i).toISOString(),
      stationId: 'demo',
      windowId: `w0${(i % 3) + 1}`,
      channel: 'device',
      scale: 5,
      answer,
      level: answer as RatingRecord['level'],
      ...(answer <= 2 ? { reasons: ['slow' as const] } : {}),
      seq: i,
    };
  });
  return { deviceId, sentAt: new Date(at + size).toISOString(), records };
}

export async function enroll(collector: CollectorProcess, code: string): Promise<{ deviceId: string; token: string }> {
  const { status, body } = await collector.api<{ deviceId: string; token: string }>('/api/v1/devices/enroll', {
    method: 'POST',
    body: JSON.stringify({ code, name: 'test tablet' }),
  });
  if (status !== 201) throw new Error(`enrolment answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

export async function upload(url: string, token: string, batch: Batch): Promise<BatchResult[]> {
  const response = await fetch(`${url}/api/v1/records/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(batch),
  });
  const body = (await response.json()) as { results: BatchResult[] };
  if (response.status !== 200) throw new Error(`batch answered ${response.status}: ${JSON.stringify(body)}`);
  return body.results;
}

/** Ratings counted at the demo station, through the admin API. */
export async function ratingsCounted(collector: CollectorProcess): Promise<number> {
  const { status, body } = await collector.api<{ overall: { total: number } }>('/api/v1/admin/stats?station=demo', { admin: true });
  if (status !== 200) throw new Error(`stats answered ${status}`);
  return body.overall.total;
}
