import { describeIssues, MonthSchema, Slug, type StationResults, StationResultsSchema } from '@manyi/core';

/**
 * Why the board cannot show results: `config` (attributes that cannot make a request), `network`,
 * `http` (with the status and the collector's own message), `json`, or `schema` (the answer or the
 * `results` property broke the shared schema; `message` names the field).
 */
export type SatisfactionBoardProblem = 'config' | 'network' | 'http' | 'json' | 'schema';

export class SatisfactionBoardError extends Error {
  override readonly name = 'SatisfactionBoardError';
  constructor(
    readonly problem: SatisfactionBoardProblem,
    message: string,
    /** The HTTP status, for `http` problems. */
    readonly status?: number,
    /** The collector's error code (`station-not-found`, `invalid-query`, …), for `http` problems. */
    readonly code?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: SatisfactionBoardError };

/** Validates results with the shared schema; `expected` also catches an answer for another station or month. */
export function checkResults(value: unknown, expected: { stationId?: string; month?: string } = {}): Checked<StationResults> {
  const parsed = StationResultsSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ ...i, path: ['results', ...i.path] }));
    return { ok: false, error: new SatisfactionBoardError('schema', describeIssues(issues)) };
  }
  const results = parsed.data;
  if (expected.stationId && results.stationId !== expected.stationId) {
    return fail('schema', `results.stationId: asked for station "${expected.stationId}", got "${results.stationId}"`);
  }
  if (expected.month && results.month !== expected.month) {
    return fail('schema', `results.month: asked for ${expected.month}, got ${results.month}`);
  }
  return { ok: true, value: results };
}

/** The request for one month: from `endpoint` + `station` (the collector's public API), or a fixed `src`. */
export function resultsUrl(source: { endpoint: string; station: string; src: string }, month: string): Checked<URL> {
  if (source.src) return parseUrl(source.src, 'src');
  if (!Slug.safeParse(source.station).success) {
    return fail('config', `station: "${source.station}" is not a station id (1–64 letters, digits, "-" or "_")`);
  }
  if (!MonthSchema.safeParse(month).success) return fail('config', `month: "${month}" is not a month written YYYY-MM, e.g. 2026-11`);
  const base = parseUrl(`${source.endpoint.replace(/\/+$/, '')}/stations/${encodeURIComponent(source.station)}/results`, 'endpoint');
  if (base.ok) base.value.searchParams.set('month', month);
  return base;
}

/** Fetches and validates results. Never throws; every failure comes back as a SatisfactionBoardError. */
export async function fetchResults(
  url: URL,
  expected: { stationId?: string; month?: string },
  signal: AbortSignal,
): Promise<Checked<StationResults>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal, credentials: 'omit' });
  } catch (cause) {
    return fail('network', `could not fetch ${url}`, undefined, undefined, cause);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    if (signal.aborted) return fail('network', `fetching ${url} was aborted`, undefined, undefined, cause);
    if (!response.ok) return fail('http', `${url} answered HTTP ${response.status}`, response.status);
    return fail('json', `${url} did not return valid JSON`, undefined, undefined, cause);
  }
  if (!response.ok) {
    const { code, message } = collectorError(body);
    return fail('http', message ?? `${url} answered HTTP ${response.status}`, response.status, code);
  }
  return checkResults(body, expected);
}

/** The collector answers errors as `{"error": {"code", "message"}}`. */
function collectorError(body: unknown): { code?: string; message?: string } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return {};
  const error = body.error;
  if (typeof error !== 'object' || error === null) return {};
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const message = 'message' in error && typeof error.message === 'string' ? error.message : undefined;
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

function parseUrl(url: string, attribute: string): Checked<URL> {
  try {
    return { ok: true, value: new URL(url, document.baseURI) };
  } catch {
    return fail('config', `${attribute}: "${url}" is not a URL`);
  }
}

function fail<T>(problem: SatisfactionBoardProblem, message: string, status?: number, code?: string, cause?: unknown): Checked<T> {
  return { ok: false, error: new SatisfactionBoardError(problem, message, status, code, cause === undefined ? undefined : { cause }) };
}
