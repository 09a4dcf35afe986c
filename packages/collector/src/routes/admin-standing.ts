import { chinaDateOf } from '@manyi/core';
import { Hono } from 'hono';
import { levelCounts, monthStanding } from '../cases-figures.js';
import { startOfLocalDay } from '../clock.js';
import type { AppEnv as Env } from '../env.js';
import { handlingSettingsOf, setHandlingSettings } from '../handling-settings.js';
import { StaffPointsQuerySchema, StandingQuerySchema } from '../schemas/ledger.js';
import { stationStaffPoints } from '../staff-points.js';
import type { Store } from '../store/store.js';
import { jsonBody } from './json-body.js';
import { existingStationParam, parsedQuery } from './ledger-params.js';

/** The month after `YYYY-MM`. */
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * Staff points, a station's standing as a people's satisfaction station, and the deadlines and
 * thresholds both are judged by; mounted at `/admin/stations` behind the admin token.
 */
export function adminStandingRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  routes.get('/:stationId/staff-points', async (c) => {
    const stationId = await existingStationParam(store, c);
    const q = parsedQuery(c, StaffPointsQuerySchema);
    return c.json(await stationStaffPoints(store, stationId, q.year ?? Number(chinaDateOf(new Date()).slice(0, 4))));
  });

  routes.get('/:stationId/standing', async (c) => {
    const stationId = await existingStationParam(store, c);
    const month = parsedQuery(c, StandingQuerySchema).month ?? chinaDateOf(new Date()).slice(0, 7);
    const from = startOfLocalDay(`${month}-01`).toISOString();
    const to = startOfLocalDay(`${nextMonth(month)}-01`).toISOString();
    const settings = await handlingSettingsOf(store, stationId);
    const levels = levelCounts(await store.records.ratingCounts({ stationIds: [stationId], from, to }));
    const cases = await store.cases.listCases({ stationId, from, to });
    return c.json({ stationId, month, ...monthStanding(levels, cases, settings, new Date()) });
  });

  routes.get('/:stationId/handling-settings', async (c) => c.json(await handlingSettingsOf(store, await existingStationParam(store, c))));

  routes.put('/:stationId/handling-settings', async (c) => {
    const stationId = await existingStationParam(store, c);
    return c.json(await setHandlingSettings(store, stationId, await jsonBody(c)));
  });

  return routes;
}
