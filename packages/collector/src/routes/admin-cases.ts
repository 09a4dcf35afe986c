import { describeIssues } from '@manyi/core';
import { Hono } from 'hono';
import { applyCaseTransition } from '../cases.js';
import { caseView } from '../cases-due.js';
import { caseSummary } from '../cases-figures.js';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import { handlingSettingsOf } from '../handling-settings.js';
import { CaseListQuerySchema, CaseSummaryQuerySchema, CaseTransitionRequestSchema } from '../schemas/cases.js';
import type { StoredCase } from '../store/case-store.js';
import type { Store } from '../store/store.js';
import { jsonBody } from './json-body.js';
import { parsedQuery, timeRange } from './ledger-params.js';

/** The bad-review ledger (差评台账); mounted at `/admin/cases` behind the admin token. */
export function adminCaseRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  /** Each station's rectification period, read once per request. */
  const rectifyDays = async (cases: readonly StoredCase[]) => {
    const days = new Map<string, number>();
    for (const id of new Set(cases.map((c) => c.stationId))) days.set(id, (await handlingSettingsOf(store, id)).rectifyWorkingDays);
    return (stationId: string) => days.get(stationId) ?? 15;
  };

  routes.get('/', async (c) => {
    const q = parsedQuery(c, CaseListQuerySchema);
    const cases = await store.cases.listCases({
      stationId: q.station,
      state: q.state,
      windowId: q.window,
      staffId: q.staff,
      ...timeRange(q),
    });
    const days = await rectifyDays(cases);
    const now = new Date();
    const views = cases.map((k) => caseView(k, days(k.stationId), now));
    return c.json({ cases: q.overdue === undefined ? views : views.filter((v) => v.overdue === (q.overdue === 'true')) });
  });

  routes.get('/summary', async (c) => {
    const q = parsedQuery(c, CaseSummaryQuerySchema);
    const cases = await store.cases.listCases({ stationId: q.station, ...timeRange(q) });
    return c.json(caseSummary(cases, await rectifyDays(cases), new Date()));
  });

  const caseAt = async (id: string) => {
    const found = await store.cases.getCase(id);
    if (!found) throw new ApiError(404, 'case-not-found', `no bad-review case with id ${id}`);
    return found;
  };

  routes.get('/:caseId', async (c) => {
    const found = await caseAt(c.req.param('caseId'));
    return c.json(caseView(found, (await rectifyDays([found]))(found.stationId), new Date()));
  });

  routes.post('/:caseId/transitions', async (c) => {
    const body = CaseTransitionRequestSchema.safeParse(await jsonBody(c));
    if (!body.success) throw new ApiError(400, 'invalid-transition-request', describeIssues(body.error.issues));
    const id = c.req.param('caseId');
    const current = await caseAt(id);
    const outcome = applyCaseTransition(current, body.data);
    if (!outcome.ok) throw new ApiError(outcome.status, outcome.code, outcome.message);
    const event = {
      at: new Date().toISOString(),
      from: current.state,
      to: body.data.to,
      by: body.data.by ?? 'admin',
      note: body.data.note,
      reason: body.data.reason ?? null,
    };
    if (!(await store.cases.transitionCase(current, outcome.next, event))) {
      throw new ApiError(409, 'case-changed', 'someone else changed this case just now; load it again and retry');
    }
    const updated = await caseAt(id);
    return c.json(caseView(updated, (await rectifyDays([updated]))(updated.stationId), new Date()));
  });

  return routes;
}
