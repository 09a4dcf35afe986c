import type { Commitment } from '@manyi/core';
import { onDemand } from '../on-demand.js';
import { type Checked, CommitmentBoardError } from './commitment-board-error.js';

export { type Checked, CommitmentBoardError, type CommitmentProblem } from './commitment-board-error.js';

/** commitment id → share of cases in which the promise was kept, 0..1. */
export type KeptRates = Readonly<Record<string, number>>;

/** The shared schema's check, with zod: fetched the first time there are commitments to check. */
export const commitmentCheck = onDemand(() => import('./check-commitments.js'));

/**
 * Validates commitments with the shared schema, fetched with zod on demand (a board given none
 * needs neither). Never throws: a schema that cannot be fetched (offline, nothing cached) is a
 * network problem.
 */
export async function checkCommitments(value: unknown, field = 'commitments'): Promise<Checked<Commitment[]>> {
  if (Array.isArray(value) && value.length === 0) return { ok: true, value: [] };
  let check: typeof import('./check-commitments.js');
  try {
    check = commitmentCheck.loaded ?? (await commitmentCheck.load());
  } catch (cause) {
    return { ok: false, error: new CommitmentBoardError('network', 'could not fetch the commitment schema', undefined, { cause }) };
  }
  return check.checkCommitments(value, field);
}

/** Kept rates must be a plain object of shares from 0 to 1. */
export function checkKeptRates(value: unknown): Checked<KeptRates | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: new CommitmentBoardError('schema', 'keptRates: expected an object of commitment id → share from 0 to 1') };
  }
  const wrong = Object.entries(value).filter(([, rate]) => typeof rate !== 'number' || !(rate >= 0 && rate <= 1));
  if (wrong.length === 0) return { ok: true, value: value as KeptRates };
  const message = wrong
    .slice(0, 5)
    .map(([id]) => `keptRates.${id}: expected a number from 0 to 1`)
    .join('; ');
  return { ok: false, error: new CommitmentBoardError('schema', message) };
}

/**
 * Fetches commitments from `url`: either an array or an object holding `commitments` (such as the
 * collector's device config). Never throws; every failure comes back as a CommitmentBoardError.
 */
export async function fetchCommitments(url: string, init: RequestInit, signal: AbortSignal): Promise<Checked<Commitment[]>> {
  // The schema is fetched while the commitments are.
  commitmentCheck.load().catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...headersOf(init) }, signal });
  } catch (cause) {
    return { ok: false, error: new CommitmentBoardError('network', `could not fetch ${url}`, undefined, { cause }) };
  }
  if (!response.ok) {
    return { ok: false, error: new CommitmentBoardError('http', `${url} answered HTTP ${response.status}`, response.status) };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    // An abort while reading the body is a network failure, not bad JSON.
    if (signal.aborted)
      return { ok: false, error: new CommitmentBoardError('network', `fetching ${url} was aborted`, undefined, { cause }) };
    return { ok: false, error: new CommitmentBoardError('json', `${url} did not return valid JSON`, undefined, { cause }) };
  }
  if (Array.isArray(body)) return checkCommitments(body);
  if (typeof body === 'object' && body !== null && 'commitments' in body) return checkCommitments(body.commitments);
  return {
    ok: false,
    error: new CommitmentBoardError('schema', 'expected an array of commitments or an object with a "commitments" array'),
  };
}

function headersOf(init: RequestInit): Record<string, string> {
  return init.headers ? Object.fromEntries(new Headers(init.headers)) : {};
}
