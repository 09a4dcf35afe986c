import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  hasValidTrackingCheck,
  MAX_TRACKING_NODE,
  MAX_TRACKING_SEQ,
  makeTrackingNumber,
  normalizeTrackingNumber,
  TRACKING_ALPHABET,
  TRACKING_PREFIXES,
  trackingCheckCharacter,
  validateTrackingNumber,
} from './tracking-number.js';

/** A small seeded generator (mulberry32), so a failing sample can be reproduced. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTrackingNumber(random: () => number): string {
  const prefixes = ['TS', 'GZ', 'Q', 'ABCD'];
  const day = Date.UTC(2025, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000;
  return makeTrackingNumber({
    prefix: prefixes[Math.floor(random() * prefixes.length)] ?? 'TS',
    date: new Date(day).toISOString().slice(0, 10),
    node: Math.floor(random() * (MAX_TRACKING_NODE + 1)),
    seq: Math.floor(random() * (MAX_TRACKING_SEQ + 1)),
  });
}

const compact = (n: string) => n.replaceAll('-', '');

describe('making tracking numbers', () => {
  test('a complaint number carries prefix, China day, node, counter and check', () => {
    const n = makeTrackingNumber({ prefix: TRACKING_PREFIXES.complaint, date: '2025-01-28', node: 7 * 32 + 19, seq: 4 * 32 + 10 });
    assert.equal(n, 'TS-250128-7K04AK');
    assert.deepEqual(validateTrackingNumber(n), {
      valid: true,
      number: n,
      parts: { prefix: 'TS', date: '2025-01-28', node: 7 * 32 + 19, seq: 4 * 32 + 10 },
    });
  });

  test('the day is the China Standard Time day of the instant', () => {
    const late = makeTrackingNumber({ prefix: 'GZ', date: new Date('2025-09-30T16:30:00Z'), node: 1, seq: 1 });
    assert.match(late, /^GZ-251001-/);
  });

  test('numbers from many devices on one day never collide', () => {
    const seen = new Set<string>();
    for (let node = 0; node < 64; node++) {
      for (let seq = 0; seq < 200; seq++) seen.add(makeTrackingNumber({ prefix: 'TS', date: '2026-02-14', node, seq }));
    }
    seen.add(makeTrackingNumber({ prefix: 'TS', date: '2026-02-15', node: 0, seq: 0 }));
    seen.add(makeTrackingNumber({ prefix: 'GZ', date: '2026-02-14', node: 0, seq: 0 }));
    assert.equal(seen.size, 64 * 200 + 2);
  });

  test('parts out of range are refused with the part named', () => {
    assert.throws(() => makeTrackingNumber({ prefix: 'TSO', date: '2025-01-01', node: 0, seq: 0 }), /prefix must be 1–4 capital letters/);
    assert.throws(() => makeTrackingNumber({ prefix: '', date: '2025-01-01', node: 0, seq: 0 }), /prefix/);
    assert.throws(() => makeTrackingNumber({ prefix: 'TS', date: '2025-01-01', node: 1024, seq: 0 }), /node must be a whole number 0–1023/);
    assert.throws(
      () => makeTrackingNumber({ prefix: 'TS', date: '2025-01-01', node: 0, seq: 32768 }),
      /seq must be a whole number 0–32767/,
    );
    assert.throws(() => makeTrackingNumber({ prefix: 'TS', date: '2100-01-01', node: 0, seq: 0 }), /2000–2099/);
    assert.throws(() => makeTrackingNumber({ prefix: 'TS', date: '2025-02-30', node: 0, seq: 0 }), /not a calendar day/);
  });

  test('numbers use only the alphabet, so no I, L, O or U is ever read out', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) assert.match(compact(randomTrackingNumber(random)), /^[0-9A-HJKMNP-TV-Z]+$/);
    assert.equal(TRACKING_ALPHABET.length, 32);
  });
});

describe('reading numbers back', () => {
  test('case, spaces, dashes, full-width input and look-alike letters are forgiven', () => {
    const n = 'TS-250128-7K04AK';
    for (const typed of [
      'ts 250128 7k04ak',
      'TS2501287K04AK',
      'ＴＳ－２５０１２８－７Ｋ０４ＡＫ',
      ' ts—250128—7k0 4ak ',
      'TS.250128.7KO4AK',
    ]) {
      assert.equal(normalizeTrackingNumber(typed), n, typed);
      assert.equal(validateTrackingNumber(typed).valid, true, typed);
    }
    // I and L are read as 1.
    const withOne = makeTrackingNumber({ prefix: 'TS', date: '2025-11-11', node: 1, seq: 1 });
    assert.equal(withOne, 'TS-251111-01001N');
    assert.equal(normalizeTrackingNumber('ts-25iill-olool n'), withOne);
  });

  test('normalize leaves what does not have the shape ungrouped, for the caller to report', () => {
    assert.equal(normalizeTrackingNumber('ts 12'), 'TS12');
  });

  test('each kind of mistake gets its own message', () => {
    const cases: [string, string, RegExp][] = [
      ['TS-250128-7K04AU', 'format', /“U” is not used/],
      ['TS-250128-7K04A', 'format', /1–4 letters, 6 digits and 6 more characters/],
      ['TS-250128-7K04AC', 'check', /misheard, mistyped or swapped/],
      ['TS-250128-K704AK', 'check', /swapped/],
    ];
    for (const [input, reason, message] of cases) {
      const result = validateTrackingNumber(input);
      assert.equal(result.valid, false, input);
      if (!result.valid) {
        assert.equal(result.reason, reason, input);
        assert.match(result.message, message, input);
      }
    }
    const notice = makeTrackingNumber({ prefix: 'GZ', date: '2025-01-28', node: 3, seq: 9 });
    const wrongKind = validateTrackingNumber(notice, { prefixes: [TRACKING_PREFIXES.complaint] });
    assert.deepEqual(wrongKind, { valid: false, reason: 'prefix', message: 'expected a number starting with TS, got GZ' });
    // A number whose check adds up but whose date is not a day can only be made by hand.
    const payload = 'TS2513287K04A';
    const impossibleDay = validateTrackingNumber(payload + trackingCheckCharacter(payload));
    assert.deepEqual(impossibleDay, { valid: false, reason: 'date', message: '251328 is not a day (YYMMDD)' });
  });
});

describe('the check character catches every single error and every adjacent swap', () => {
  test('exhaustively, for every state the check can be in and every pair of characters', () => {
    // After any leading characters the check's running state is one of 32 values, each reached by a
    // single leading character; from there, a different character or a swapped pair must never give
    // the same check. Covering all 32 × 32 × 32 cases proves it for numbers of any length.
    for (const lead of TRACKING_ALPHABET) {
      for (const x of TRACKING_ALPHABET) {
        for (const y of TRACKING_ALPHABET) {
          if (x === y) continue;
          assert.notEqual(trackingCheckCharacter(lead + x), trackingCheckCharacter(lead + y), `substitution ${lead}${x}→${lead}${y}`);
          assert.notEqual(trackingCheckCharacter(lead + x + y), trackingCheckCharacter(lead + y + x), `swap ${lead}${x}${y}`);
          // The check character itself swapped with the last character.
          const c = trackingCheckCharacter(lead + x);
          if (c !== x) assert.equal(hasValidTrackingCheck(lead + c + x), false, `swap with check ${lead}${x}${c}`);
        }
      }
    }
  });

  test('on 1,000 sampled numbers: every substitution and every adjacent transposition is rejected', () => {
    const random = seededRandom(20250128);
    let mutations = 0;
    for (let i = 0; i < 1000; i++) {
      const number = randomTrackingNumber(random);
      const chars = [...compact(number)];
      assert.equal(validateTrackingNumber(number).valid, true, number);
      assert.equal(hasValidTrackingCheck(chars.join('')), true, number);
      for (let pos = 0; pos < chars.length; pos++) {
        for (const other of TRACKING_ALPHABET) {
          if (other === chars[pos]) continue;
          const wrong = chars.with(pos, other).join('');
          // The check alone catches it, whatever the rest of the validation would say.
          assert.equal(hasValidTrackingCheck(wrong), false, `${number}: ${pos} → ${other}`);
          assert.equal(validateTrackingNumber(wrong).valid, false, `${number}: ${pos} → ${other}`);
          mutations++;
        }
      }
      for (let pos = 0; pos + 1 < chars.length; pos++) {
        const [a, b] = [chars[pos] ?? '', chars[pos + 1] ?? ''];
        if (a === b) continue;
        const swapped = chars
          .with(pos, b)
          .with(pos + 1, a)
          .join('');
        assert.equal(hasValidTrackingCheck(swapped), false, `${number}: swap at ${pos}`);
        assert.equal(validateTrackingNumber(swapped).valid, false, `${number}: swap at ${pos}`);
        mutations++;
      }
    }
    assert.ok(mutations > 400_000, `checked ${mutations} altered numbers`);
  });
});
