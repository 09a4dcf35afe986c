import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_TRACKING_SEQ, makeTrackingNumber, TRACKING_PREFIXES, toChinaDate, validateTrackingNumber } from '@manyi/core';
import { COLLECTOR_TRACKING_NODE, WEB_OVERFLOW_NODES } from './store/device-store.js';
import { backends } from './test-support/backends.js';
import { apiClient, enrolDevice, hallWithDevice, upload } from './test-support/http.js';
import { rawSql } from './test-support/raw-sql.js';
import { kioskComplaint } from './test-support/records.js';

const DAY_MS = 86_400_000;
const codes = (answer: { body: { results: { status: string; error?: { code: string } }[] } }) =>
  answer.body.results.map((r) => r.error?.code ?? r.status);

// Numbering is checked before storing, the same on both databases: SQLite is enough here.
const [sqlite] = backends();

describe('tracking numbers', () => {
  test('a tablet cannot take another tablet’s or the collector’s numbers, nor one of another day', async () => {
    const db = await sqlite?.fresh();
    if (!db) return;
    try {
      const call = apiClient(db.store);
      const a = await hallWithDevice(call);
      const b = await enrolDevice(call);
      const nodeA = a.trackingNode ?? -1;
      const nodeB = b.trackingNode ?? -1;
      // B's own number, and every number A could try to take first: B's, the web's, a far day's.
      const own = kioskComplaint(nodeB);
      const taking = [
        { ...kioskComplaint(nodeA), trackingNo: own.trackingNo },
        kioskComplaint(COLLECTOR_TRACKING_NODE),
        kioskComplaint(WEB_OVERFLOW_NODES.from),
        {
          ...kioskComplaint(nodeA),
          trackingNo: makeTrackingNumber({ prefix: 'TS', date: new Date(Date.now() - 3 * DAY_MS), node: nodeA, seq: 1 }),
        },
      ];
      assert.deepEqual(codes(await upload(call, a, taking)), [
        'wrong-tracking-node',
        'wrong-tracking-node',
        'wrong-tracking-node',
        'tracking-day-mismatch',
      ]);
      assert.deepEqual(codes(await upload(call, b, [own])), ['accepted'], 'B’s complaint is never quarantined');
      assert.deepEqual(codes(await upload(call, a, [kioskComplaint(nodeA)])), ['accepted']);
    } finally {
      await db.dispose();
    }
  });

  test('web complaints go on to the kept overflow nodes when a day’s numbers on node 0 are used up', async () => {
    const db = await sqlite?.fresh();
    if (!db) return;
    try {
      const call = apiClient(db.store);
      await hallWithDevice(call);
      const complain = async () =>
        (
          await call(
            'POST',
            '/public/complaints',
            { stationId: 'hall', category: 'delay', description: '排队太久', wantsReply: false },
            null,
          )
        ).body;
      const first = await complain();
      const node = (no: string) => (validateTrackingNumber(no) as { parts: { node: number } }).parts.node;
      assert.equal(node(first.trackingNo), COLLECTOR_TRACKING_NODE);
      await rawSql(db.store).run('UPDATE tracking_counters SET seq = ? WHERE node = 0 AND day = ?', [
        MAX_TRACKING_SEQ,
        toChinaDate(new Date()),
      ]);
      const next = await complain();
      assert.equal(node(next.trackingNo), WEB_OVERFLOW_NODES.from);
      assert.match(next.trackingNo, new RegExp(`^${TRACKING_PREFIXES.complaint}-`));
      assert.notEqual(next.secret, first.secret);
    } finally {
      await db.dispose();
    }
  });
});
