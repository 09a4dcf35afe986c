import { csvText } from '../export/csv-text.js';
import { hallTime } from '../export/labels.js';
import { type AuditEntry, canonicalJson } from '../store/audit-chain.js';
import type { AuditFilter } from '../store/audit-store.js';
import type { Store } from '../store/store.js';

const PAGE = 1000;

/** Each column: its zh-CN header and how an entry fills it. The hash lets a reader check a printed copy. */
const COLUMNS: readonly [header: string, value: (e: AuditEntry) => string | number][] = [
  ['序号', (e) => e.seq],
  ['时间', (e) => hallTime(e.at)],
  ['时间（UTC）', (e) => e.at],
  ['操作人', (e) => e.actor],
  ['角色', (e) => e.role],
  ['操作', (e) => e.action],
  ['对象', (e) => e.target ?? ''],
  ['站点', (e) => e.stationId ?? ''],
  ['来源地址', (e) => e.address ?? ''],
  ['请求号', (e) => e.requestId ?? ''],
  ['结果', (e) => e.outcome],
  ['变更前', (e) => (e.before === null ? '' : canonicalJson(e.before))],
  ['变更后', (e) => (e.after === null ? '' : canonicalJson(e.after))],
  ['哈希', (e) => e.hash],
];

/** The matching entries as CSV text in chunks, newest first, so a long trail never sits in memory at once. */
export async function* auditCsv(store: Store, filter: Omit<AuditFilter, 'limit' | 'beforeSeq'>): AsyncGenerator<string> {
  yield csvText([COLUMNS.map(([header]) => header)], true);
  let beforeSeq: number | undefined;
  for (;;) {
    const entries = await store.audit.list({ ...filter, beforeSeq, limit: PAGE });
    if (entries.length > 0)
      yield csvText(
        entries.map((e) => COLUMNS.map(([, value]) => value(e))),
        false,
      );
    const last = entries.at(-1);
    if (entries.length < PAGE || last === undefined) return;
    beforeSeq = last.seq;
  }
}
