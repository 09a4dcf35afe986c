// Imported on demand (see load.ts): the shared schema brings zod, which a board needs only once it
// has commitments to check.
import { type Commitment, CommitmentSchema, describeIssues } from '@manyi/core';
import { type Checked, CommitmentBoardError } from './commitment-board-error.js';

type Issue = NonNullable<ReturnType<typeof CommitmentSchema.safeParse>['error']>['issues'][number];

/**
 * Validates commitments one by one with the shared schema (zod itself does not resolve from this
 * package); issue paths start at `field` so the message names what to fix.
 */
export function checkCommitments(value: unknown, field = 'commitments'): Checked<Commitment[]> {
  if (!Array.isArray(value)) return { ok: false, error: new CommitmentBoardError('schema', `${field}: expected an array of commitments`) };
  const commitments: Commitment[] = [];
  const issues: Issue[] = [];
  value.forEach((item: unknown, index) => {
    const result = CommitmentSchema.safeParse(item);
    if (result.success) commitments.push(result.data);
    else issues.push(...result.error.issues.map((i) => ({ ...i, path: [field, index, ...i.path] })));
  });
  if (issues.length > 0) return { ok: false, error: new CommitmentBoardError('schema', describeIssues(issues)) };
  return { ok: true, value: commitments };
}
