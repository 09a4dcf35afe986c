/**
 * Ingest validates with zod's compiled form of core's schemas. It must agree with the schemas
 * exactly: the same records accepted and rejected, the same output (key order too, since the
 * content hash is made from it), and the same issues.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BatchRequestSchema, RecordSchema } from '@manyi/core';
import fc from 'fast-check';
import { anyInstant, anyJson, anyRecord, nastyString } from './test-support/arbitraries.js';
import { CONTACT, heartbeat, kioskComplaint, rating } from './test-support/records.js';
import { BatchRequest, IngestRecord } from './validation.js';

function agree(schema: { safeParse(v: unknown): unknown }, compiled: { safeParse(v: unknown): unknown }, input: unknown): void {
  const expected = schema.safeParse(structuredClone(input)) as { success: boolean; data?: unknown; error?: { issues: unknown } };
  const actual = compiled.safeParse(structuredClone(input)) as typeof expected;
  assert.equal(actual.success, expected.success, `success differs for ${JSON.stringify(input)?.slice(0, 300)}`);
  if (expected.success) assert.equal(JSON.stringify(actual.data), JSON.stringify(expected.data));
  else assert.deepEqual(actual.error?.issues, expected.error?.issues);
}

const notice = (at = new Date()) => ({
  ...rating({}, at),
  kind: 'notice',
  noticeNo: ' N-2026-001 ',
  serviceItemId: 'licence',
  applicant: { name: ' 李女士 ', phone: '13912345678' },
  items: [{ name: ' 身份证复印件 ', problem: 'missing', detail: ' 正反面 ' }],
  timeLimitDays: 5,
});

/** Valid records of every kind (text with spaces to trim, optional fields present), then one field changed. */
const validRecord = fc.constantFrom<() => Record<string, unknown>>(
  () => ({ ...rating() }),
  () => ({ ...rating({ answer: 1, level: 1, reasons: ['slow'], comment: '  等了很久 ', misuse: true, staffId: 's1', seq: 3 }) }),
  () => ({ ...kioskComplaint(7, { description: '  态度冷淡 ' }) }),
  () => ({ ...kioskComplaint(7, { ...CONTACT, contact: { name: ' 王先生 ', phone: ' 13912345678 ' } }) }),
  () => ({ ...heartbeat(3), oldestPendingAt: new Date().toISOString(), storageUsage: 1.5, storageQuota: 10 }),
  notice,
);
const changed = fc
  .tuple(
    validRecord,
    fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('id', 'kind', 'level', 'reasons', 'contact', 'consent', 'items', 'extra')),
    fc.oneof(fc.constant<'delete'>('delete'), anyJson, anyInstant, nastyString, fc.constantFrom(1, 5, true, null, [], {}, '  x  ')),
  )
  .map(([make, key, value]) => {
    const record = make();
    if (value === 'delete') delete record[key];
    else record[key] = value;
    return record;
  });

test('compiled record validation agrees with core’s RecordSchema on every kind of record', () => {
  assert.notEqual(IngestRecord, RecordSchema, 'zod compiled the schema (z.compile hands back the schema itself when it cannot)');
  for (const make of [() => rating(), () => kioskComplaint(3), () => heartbeat(0), notice]) agree(RecordSchema, IngestRecord, make());
  fc.assert(
    fc.property(validRecord, (make) => {
      const record = make();
      agree(RecordSchema, IngestRecord, record);
      assert.equal(IngestRecord.safeParse(record).success, true, `valid: ${JSON.stringify(record)}`);
    }),
  );
  fc.assert(
    fc.property(
      fc.oneof(
        validRecord.map((make) => make()),
        changed,
        anyRecord,
      ),
      (input) => agree(RecordSchema, IngestRecord, input),
    ),
    { numRuns: 3000 },
  );
});

test('compiled batch validation agrees with core’s BatchRequestSchema', () => {
  assert.notEqual(BatchRequest, BatchRequestSchema);
  const batch = fc.record(
    {
      deviceId: fc.oneof(fc.string({ maxLength: 70 }), anyJson),
      sentAt: fc.oneof(anyInstant, anyJson),
      records: fc.oneof(fc.array(anyJson, { maxLength: 3 }), anyJson),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.oneof(batch, anyJson), (input) => agree(BatchRequestSchema, BatchRequest, input)),
    { numRuns: 2000 },
  );
  agree(BatchRequestSchema, BatchRequest, {
    deviceId: 'd',
    sentAt: new Date().toISOString(),
    records: Array.from({ length: 501 }, () => ({})),
  });
});
