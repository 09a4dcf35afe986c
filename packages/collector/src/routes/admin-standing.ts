import { chinaDateOf } from '@manyi/core';
import { levelCounts, monthStanding } from '../cases-figures.js';
import { startOfLocalDay } from '../clock.js';
import { handlingSettingsOf, setHandlingSettings } from '../handling-settings.js';
import { noteAudit } from '../http/audit-trail.js';
import { READ_STATION, SET_RULES } from '../http/roles.js';
import { op } from '../http/route.js';
import { HandlingSettingsSchema } from '../schemas/cases.js';
import { StaffPointsQuerySchema, StaffPointsSchema, StandingQuerySchema, StandingSchema } from '../schemas/ledger.js';
import { stationStaffPoints } from '../staff-points.js';
import { existingStationParam, timeRange } from './params.js';

/** The month after `YYYY-MM`. */
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const admin = { auth: READ_STATION } as const;
const STATION_404 = { 404: 'No such station.' };

/**
 * Staff points, a station's standing as a people's satisfaction station, and the deadlines and
 * thresholds both are judged by (set by a supervisor, never the station itself). The station is looked up before the input is checked.
 */
export const STANDING_ROUTES = [
  op({
    ...admin,
    id: 'staffPoints',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId/staff-points',
    tag: 'complaints',
    summary: 'Each staff member’s complaint points for a year (12, less 4 per valid complaint)',
    query: { schema: StaffPointsQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'Every staff member, with each deduction.', schema: StaffPointsSchema }],
    errors: STATION_404,
    handle: async ({ store, query }, c) => {
      const stationId = await existingStationParam(store, c);
      return c.json(await stationStaffPoints(store, stationId, query().year ?? Number(chinaDateOf(new Date()).slice(0, 4))));
    },
  }),
  op({
    ...admin,
    id: 'standing',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId/standing',
    tag: 'figures',
    summary: 'Whether the station keeps its standing as a people’s satisfaction station this month, and why not',
    query: { schema: StandingQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'Kept or lost, with reasons and figures.', schema: StandingSchema }],
    errors: STATION_404,
    handle: async ({ store, query }, c) => {
      const stationId = await existingStationParam(store, c);
      const q = query();
      const period = q.from && q.to ? timeRange(q) : undefined;
      const month = period ? `${q.from}/${q.to}` : (q.month ?? chinaDateOf(new Date()).slice(0, 7));
      const from = period?.from ?? startOfLocalDay(`${month}-01`).toISOString();
      const to = period?.to ?? startOfLocalDay(`${nextMonth(month)}-01`).toISOString();
      const settings = await handlingSettingsOf(store, stationId);
      const levels = levelCounts(await store.records.ratingCounts({ stationIds: [stationId], from, to }));
      const cases = await store.cases.listCases({ stationId, from, to });
      return c.json({ stationId, month, ...monthStanding(levels, cases, settings, new Date()) });
    },
  }),
  op({
    ...admin,
    id: 'getHandlingSettings',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId/handling-settings',
    tag: 'stations',
    summary: 'The station’s rectification and reply periods and its standing thresholds',
    responses: [{ status: 200, description: 'The settings in force.', schema: HandlingSettingsSchema }],
    errors: STATION_404,
    handle: async ({ store }, c) => c.json(await handlingSettingsOf(store, await existingStationParam(store, c))),
  }),
  op({
    ...admin,
    id: 'putHandlingSettings',
    auth: SET_RULES,
    method: 'put',
    path: '/api/v1/admin/stations/:stationId/handling-settings',
    tag: 'stations',
    summary: 'Set the station’s periods and thresholds (fields left out take their defaults)',
    body: { schema: HandlingSettingsSchema, code: 'invalid-handling-settings' },
    responses: [{ status: 200, description: 'The settings now in force.', schema: HandlingSettingsSchema }],
    errors: STATION_404,
    handle: async ({ store, body }, c) => {
      const stationId = await existingStationParam(store, c);
      const settings = await body();
      const before = await handlingSettingsOf(store, stationId);
      const after = await setHandlingSettings(store, stationId, settings);
      noteAudit(c, { before, after });
      return c.json(after);
    },
  }),
];
