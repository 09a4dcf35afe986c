import { type DailyChore, scheduleDaily } from './daily-chore.js';
import type { Logger } from './log.js';
import type { Store } from './store/store.js';

const DAY_MS = 86_400_000;

/**
 * Least data: a complaint's contact details exist to reply to it, so they are erased
 * `retentionDays` after the complaint is closed (the complaint itself stays, anonymous).
 * Returns how many complaints lost their contact details.
 */
export async function eraseExpiredContacts(store: Store, retentionDays: number, now = new Date()): Promise<number> {
  const closedBefore = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return store.complaints.eraseContacts(closedBefore, now.toISOString());
}

/** Runs the erasure now and then daily until stopped; a failed run is logged and tried again next time. */
export function scheduleContactErasure(store: Store, retentionDays: number, log: Logger, everyMs = DAY_MS): DailyChore {
  return scheduleDaily(
    async () => {
      const erased = await eraseExpiredContacts(store, retentionDays);
      if (erased > 0) log.info('complaint contact details erased', { complaints: erased, retentionDays });
    },
    (error) => log.error('erasing expired contact details failed', { error: error instanceof Error ? error.message : String(error) }),
    everyMs,
  );
}
