import { caseAnswer, caseAt, rectifyDays, transitionCase } from '../case-desk.js';
import { caseView } from '../cases-due.js';
import { caseSummary } from '../cases-figures.js';
import { noteAudit } from '../http/audit-trail.js';
import { HANDLE_CASES, READ_STATION } from '../http/roles.js';
import { op } from '../http/route.js';
import {
  CaseListQuerySchema,
  CaseListSchema,
  CaseSchema,
  CaseSummaryQuerySchema,
  CaseSummarySchema,
  CaseTransitionRequestSchema,
} from '../schemas/cases.js';
import { timeRange } from './params.js';

const base = { tag: 'bad reviews', auth: READ_STATION } as const;

/** The bad-review ledger (差评台账); `/summary` comes before `/:caseId` so it is not read as an id. */
export const CASE_ROUTES = [
  op({
    ...base,
    id: 'listCases',
    method: 'get',
    path: '/api/v1/admin/cases',
    summary: 'The bad-review ledger (差评台账), newest rating first',
    description:
      'Every stored bad review (national level 1–2) that is not misuse is a case from the moment its rating is stored, in ' +
      'the same transaction; a restored one becomes a case too. `overdue` is judged by the server’s clock when read; `from`/`to` bound the rating’s time as in stats.',
    query: { schema: CaseListQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The cases.', schema: CaseListSchema }],
    handle: async ({ store, query }, c) => {
      const q = query();
      const cases = await store.cases.listCases({
        stationId: q.station,
        state: q.state,
        windowId: q.window,
        staffId: q.staff,
        ...timeRange(q),
      });
      const days = await rectifyDays(store, cases);
      const now = new Date();
      const views = cases.map((k) => caseView(k, days(k.stationId), now));
      return c.json({ cases: q.overdue === undefined ? views : views.filter((v) => v.overdue === (q.overdue === 'true')) });
    },
  }),
  op({
    ...base,
    id: 'caseSummary',
    method: 'get',
    path: '/api/v1/admin/cases/summary',
    summary: 'How bad reviews were handled: reply, rectification and satisfaction-with-rectification rates',
    query: { schema: CaseSummaryQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'Counts and rates.', schema: CaseSummarySchema }],
    handle: async ({ store, query }, c) => {
      const q = query();
      const cases = await store.cases.listCases({ stationId: q.station, ...timeRange(q) });
      return c.json(caseSummary(cases, await rectifyDays(store, cases), new Date()));
    },
  }),
  op({
    ...base,
    id: 'getCase',
    method: 'get',
    path: '/api/v1/admin/cases/:caseId',
    summary: 'One case with its history',
    responses: [{ status: 200, description: 'The case.', schema: CaseSchema }],
    errors: { 404: 'No such case.' },
    handle: async ({ store, param }, c) => c.json(await caseAnswer(store, await caseAt(store, param('caseId')))),
  }),
  op({
    ...base,
    id: 'transitionCase',
    auth: HANDLE_CASES,
    method: 'post',
    path: '/api/v1/admin/cases/:caseId/transitions',
    summary: 'Move a case on (called back, rectifying, rectified, the citizen’s verdict, appeal, void)',
    description:
      'The history names the signed-in caller (a `by` in the body is ignored). The station’s manager may file an appeal; ' +
      'only a supervisor whose region holds the station, or an admin, decides an appealed case.',
    body: { schema: CaseTransitionRequestSchema, code: 'invalid-transition-request' },
    responses: [{ status: 200, description: 'The case as it is now.', schema: CaseSchema }],
    errors: {
      403: 'Outside your role or scope, or deciding an appeal without being its supervisor or an admin.',
      404: 'No such case.',
      409: '`invalid-transition`: not allowed from the case’s state (the message names both); `case-changed`: someone else moved it just now.',
    },
    handle: async ({ store, body, param }, c) => {
      const moved = await transitionCase(store, param('caseId'), await body(), c.get('actor'));
      noteAudit(c, { stationId: moved.stationId });
      return c.json(moved);
    },
  }),
];
