import type { Store } from './store/store.js';

/** A database that has not written within this long is as good as one that cannot. */
const READY_WRITE_TIMEOUT_MS = 3_000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Readiness: the database also takes a write, so a full disk or a read-only database takes the
 * collector out of the load balancer. Returns why not, or undefined when ready.
 */
export async function notReadyReason(store: Store): Promise<string | undefined> {
  try {
    // One row in the settings table, overwritten: the same write path as every record.
    await withinTime(store.settings.set('readiness-probe', new Date().toISOString()), READY_WRITE_TIMEOUT_MS);
    return undefined;
  } catch (error) {
    return `the database cannot write: ${error instanceof Error ? error.message : String(error)}`;
  }
}
