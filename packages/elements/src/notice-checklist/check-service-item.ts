// Imported on demand (see service-item-source.ts): the shared schema brings zod, which the checklist
// needs only once it has a service item to check.
import { describeIssues, ServiceItemSchema } from '@manyi/core';
import type { ServiceItemResult } from './service-item-source.js';

/** Validates a service item with the shared schema; the detail names each wrong field. */
export function checkServiceItem(value: unknown): ServiceItemResult {
  const parsed = ServiceItemSchema.safeParse(value);
  if (parsed.success) return { ok: true, item: parsed.data };
  return { ok: false, problem: 'invalid', detail: describeIssues(parsed.error.issues) };
}
