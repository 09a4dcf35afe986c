import { entryHash } from '../store/audit-chain.js';
import type { AuditStore } from '../store/audit-store.js';

export type ChainCheck = { ok: true; count: number; head: string } | { ok: false; count: number; seq: number; reason: string };

const PAGE = 1000;

/**
 * Walks the kept audit chain from its start (the beginning, or the anchor pruning left): each entry
 * must follow the one before by number and by hash, and carry the hash of its own content. Answers
 * the first entry that does not, or how many verified and the head's hash (worth writing down
 * elsewhere: a chain rewritten from the start would verify too, but end in another head).
 */
export async function verifyAuditChain(audit: AuditStore): Promise<ChainCheck> {
  const start = await audit.start();
  let expected = { seq: start.seq + 1, prevHash: start.hash };
  let count = 0;
  for (;;) {
    const page = await audit.page(expected.seq - 1, PAGE);
    for (const entry of page) {
      const broken = (reason: string): ChainCheck => ({ ok: false, count, seq: entry.seq, reason });
      if (entry.seq !== expected.seq) return broken(`entry ${expected.seq} is missing (the next kept one is ${entry.seq})`);
      if (entry.prevHash !== expected.prevHash) return broken('it does not follow the entry before it (previous hash differs)');
      if (entryHash(entry) !== entry.hash) return broken('its content does not match its hash (changed after it was written)');
      count += 1;
      expected = { seq: entry.seq + 1, prevHash: entry.hash };
    }
    if (page.length < PAGE) return { ok: true, count, head: expected.prevHash };
  }
}
