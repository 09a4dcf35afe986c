import type { CollectorConfig } from '../config.js';
import { openStore } from '../store/open.js';
import { verifyAuditChain } from './verify.js';

export const AUDIT_USAGE = `  audit verify               check the audit trail's hash chain: prints OK with the count of entries
                             and the head hash, or names the first broken entry (exit 1)`;

/** `manyi-collector audit verify`: exit 0 when the chain holds, 1 when an entry is broken, 2 for a wrong subcommand. */
export async function runAudit(config: CollectorConfig, subcommand: string | undefined): Promise<number> {
  if (subcommand !== 'verify') {
    console.error(`audit needs a subcommand:\n${AUDIT_USAGE}`);
    return 2;
  }
  const store = openStore(config);
  try {
    await store.migrate();
    const check = await verifyAuditChain(store.audit);
    if (check.ok) {
      console.log(`OK: ${check.count} audit entries verified; head ${check.head}`);
      return 0;
    }
    console.error(`BROKEN at audit entry ${check.seq}: ${check.reason} (${check.count} entries before it verified)`);
    return 1;
  } finally {
    await store.close();
  }
}
