// Imported on demand (see service-item-source.ts): the shared schema brings zod, which the checklist
// needs only once it has a service item to check.
import { describeIssues, type ServiceItem, ServiceItemSchema } from '@manyi/core';

/** A usable service item, or why there is none, with details an administrator can act on. */
export type ServiceItemResult =
  | { readonly ok: true; readonly item: ServiceItem }
  | { readonly ok: false; readonly problem: 'invalid' | 'unreachable'; readonly detail: string };

/** Validates a service item with the shared schema; the detail names each wrong field. */
export function checkServiceItem(value: unknown): ServiceItemResult {
  const parsed = ServiceItemSchema.safeParse(value);
  if (parsed.success) return { ok: true, item: parsed.data };
  return { ok: false, problem: 'invalid', detail: describeIssues(parsed.error.issues) };
}
