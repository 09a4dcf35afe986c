import { type DailyChore, scheduleDaily } from '../daily-chore.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';

const DAY_MS = 86_400_000;

/** The audit trail is kept at least six months (a campaign's appraisal period), a year unless configured. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 365;
export const MIN_AUDIT_RETENTION_DAYS = 183;

/** Prunes entries older than `retentionDays`; the chain keeps verifying from the anchor left behind. */
export async function pruneAudit(store: Store, retentionDays: number, now = new Date()): Promise<number> {
  if (retentionDays < MIN_AUDIT_RETENTION_DAYS) throw new Error(`the audit trail is kept at least ${MIN_AUDIT_RETENTION_DAYS} days`);
  return store.audit.prune(new Date(now.getTime() - retentionDays * DAY_MS).toISOString());
}

/** Prunes now and then daily until stopped; a failed run is logged and tried again next time. */
export function scheduleAuditPruning(store: Store, retentionDays: number, log: Logger, everyMs = DAY_MS): DailyChore {
  return scheduleDaily(
    async () => {
      const pruned = await pruneAudit(store, retentionDays);
      if (pruned > 0) log.info('old audit entries pruned', { entries: pruned, retentionDays });
    },
    (error) => log.error('pruning the audit trail failed', { error: error instanceof Error ? error.message : String(error) }),
    everyMs,
  );
}
