/** fast-check generators of hostile input for the fuzz tests: odd text, odd times, odd shapes. */
import fc from 'fast-check';
import { sampleRating } from './records.js';

/** Text a careless or hostile client may send: control characters, lone surrogates, injection, huge. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\uD800',
      'x\uDFFF\uD800y',
      '𠮷野家',
      '\u202Edemo',
      "' OR 1=1; DROP TABLE records; --",
      '%00',
      '%zz',
      '../../etc/passwd',
      '<script>alert(1)</script>',
      '__proto__',
      'constructor',
      'NaN',
      '-1',
      '1e309',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 5_000, maxLength: 70_000 }) },
);

/** Instants a wrong device clock or a crafted request may carry, in and out of the ISO range. */
export const anyInstant: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '0000-01-01T00:00:00+14:00',
    '9999-12-31T23:59:59.999-12:00',
    '1970-01-01T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '2026-11-23',
    'yesterday',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** Any JSON value, including deeply nested ones. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((depth) => nest(depth)) },
  { weight: 2, arbitrary: nastyString },
);

/** JSON text nested `depth` levels deep, built as text: JSON.stringify itself overflows on it. */
export function deepJson(depth: number, inner = '"bottom"'): string {
  return `${'{"deeper":['.repeat(depth)}${inner}${']}'.repeat(depth)}`;
}

export function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { deeper: value };
  return value;
}

/** A valid rating at the demo station's window w01. */
export function rating(at = new Date()): Record<string, unknown> {
  return sampleRating({}, at);
}

const RECORD_FIELDS = ['id', 'kind', 'createdAt', 'stationId', 'windowId', 'channel', 'scale', 'answer', 'level', 'comment', 'seq'];

/** A valid rating with one field removed, replaced by anything, or given an odd time or text. */
export const mutatedRating: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...RECORD_FIELDS),
    fc.oneof(
      fc.constant<'delete'>('delete'),
      anyJson.map((v) => ({ set: v })),
      anyInstant.map((v) => ({ set: v })),
      nastyString.map((v) => ({ set: v })),
    ),
  )
  .map(([field, change]) => {
    const record = rating();
    if (change === 'delete') delete record[field];
    else record[field] = change.set;
    return record;
  });

export const anyRecord: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null).map(() => rating()) },
  { weight: 6, arbitrary: mutatedRating },
  { weight: 2, arbitrary: anyJson },
);
