// @manyi/outbox: put latency against a bare idb put in the same run, draining 100k records, size.
import type { BatchRequest } from '@manyi/core';
import { benchPage } from './support/browser-page.ts';
import { bundle } from './support/bundle.ts';
import { percentile, report } from './support/report.ts';

const root = new URL('..', import.meta.url).pathname;

const size = await bundle(`export * from '@manyi/outbox';`, `${root}packages/outbox`);
report('outbox', 'size with dependencies (min+gzip)', size.gzipBytes / 1024, 'KB', '≤ 4 KB', size.gzipBytes <= 4096);

const page = await bundle(
  `
  import { Outbox } from '@manyi/outbox';
  import { openDB } from 'idb';
  import { openOutboxDB } from './dist/db.js';
  const record = (i) => ({ id: crypto.randomUUID(), kind: 'rating', createdAt: new Date().toISOString(), stationId: 'demo', windowId: 'w01', channel: 'device', scale: 5, answer: 5, level: 5, seq: i });
  window.bench = {
    async putLatency(n) {
      const outbox = new Outbox({ endpoint: '/none', dbName: 'latency-outbox' });
      const bare = await openDB('latency-bare', 1, { upgrade(db) { db.createObjectStore('records', { keyPath: 'id' }); } });
      const outboxMs = [], bareMs = [];
      for (let i = 0; i < n + 50; i++) {
        let t = performance.now();
        await outbox.put(record(i));
        const o = performance.now() - t;
        t = performance.now();
        const tx = bare.transaction('records', 'readwrite', { durability: 'strict' });
        await tx.store.put(record(i));
        await tx.done;
        const b = performance.now() - t;
        if (i >= 50) { outboxMs.push(o); bareMs.push(b); }
      }
      await outbox.close();
      bare.close();
      return { outboxMs, bareMs };
    },
    async fill(n) {
      const db = await openOutboxDB('drain', () => {});
      for (let start = 1; start <= n; start += 500) {
        const tx = db.transaction(['queue', 'meta'], 'readwrite');
        for (let seq = start; seq < start + 500 && seq <= n; seq++) tx.objectStore('queue').put({ seq, record: record(seq), queuedAt: Date.now() });
        tx.objectStore('meta').put({ counted: Math.min(n, start + 499), pending: Math.min(n, start + 499), quarantined: 0 }, 'counters');
        await tx.done;
      }
      db.close();
    },
    async drain() {
      const outbox = new Outbox({ endpoint: '/api/v1/records/batch', dbName: 'drain' });
      await outbox.setCredentials({ deviceId: 'bench', token: 'mdt_bench', stationId: 'demo' });
      const t = performance.now();
      const outcome = await outbox.flush();
      const ms = performance.now() - t;
      const status = await outbox.status();
      await outbox.close();
      return { ms, outcome, pending: status.pending };
    },
  };
`,
  `${root}packages/outbox`,
);

let acknowledged = 0;
const browser = await benchPage(page.code, {
  '/api/v1/records/batch': (_req, res, body) => {
    const batch = JSON.parse(body.toString()) as BatchRequest;
    acknowledged += batch.records.length;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ results: batch.records.map((r) => ({ id: (r as { id: string }).id, status: 'accepted' })) }));
  },
});
try {
  const { outboxMs, bareMs } = await browser.page.evaluate(() =>
    (window as unknown as { bench: { putLatency(n: number): Promise<{ outboxMs: number[]; bareMs: number[] }> } }).bench.putLatency(500),
  );
  for (const p of [50, 95]) {
    const ratio = percentile(outboxMs, p) / percentile(bareMs, p);
    report(
      'outbox',
      `put p${p} vs bare idb put (${percentile(outboxMs, p).toFixed(2)} / ${percentile(bareMs, p).toFixed(2)} ms)`,
      ratio,
      '×',
      '≤ 2×',
      ratio <= 2,
    );
  }

  const records = 100_000;
  const cdp = await browser.context.newCDPSession(browser.page);
  await browser.page.evaluate((n) => (window as unknown as { bench: { fill(n: number): Promise<void> } }).bench.fill(n), records);
  await cdp.send('HeapProfiler.collectGarbage');
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = before;
  const sampler = setInterval(async () => {
    peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))).usedSize);
  }, 200);
  const drained = await browser.page.evaluate(() =>
    (window as unknown as { bench: { drain(): Promise<{ ms: number; pending: number }> } }).bench.drain(),
  );
  clearInterval(sampler);
  const seconds = drained.ms / 1000;
  report(
    'outbox',
    `drain ${records.toLocaleString('en')} records to a local server`,
    seconds,
    's',
    '< 60 s',
    seconds < 60 && drained.pending === 0 && acknowledged === records,
  );
  const growthMb = (peak - before) / 1024 / 1024;
  report(
    'outbox',
    `page heap growth while draining (from ${(before / 1024 / 1024).toFixed(1)} MB)`,
    growthMb,
    'MB',
    '≤ 16 MB (flat)',
    growthMb <= 16,
  );
} finally {
  await browser.close();
}
