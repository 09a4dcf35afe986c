import { complaintSecret } from '@manyi/core';
import type { CollectorProcess } from './collector-process.ts';

/**
 * The citizen's status address of a complaint, with the secret shown beside its number (found here
 * from the complaint's record id, which the admin API names): the lookup needs both.
 */
export async function complaintStatusPath(collector: CollectorProcess, trackingNo: string): Promise<string> {
  const number = encodeURIComponent(trackingNo);
  const { body } = await collector.api<{ recordId?: string }>(`/api/v1/admin/complaints/${number}`, { admin: true });
  return `/api/v1/public/complaints/${number}?secret=${complaintSecret(body.recordId ?? '')}`;
}
