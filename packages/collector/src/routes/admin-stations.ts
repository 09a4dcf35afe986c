import { StationPatchSchema, StationSchema, StatsQuerySchema } from '@manyi/core';
import { issueEnrollmentCode } from '../enrollment.js';
import { ApiError } from '../errors.js';
import { handlingSettingsKey } from '../handling-settings.js';
import { noteAudit } from '../http/audit-trail.js';
import { forbidden, requireRole, withinScope } from '../http/permission.js';
import { ADMIN_ONLY, MANAGE_STATION, READ_AT_WINDOW, READ_FIGURES } from '../http/roles.js';
import { op } from '../http/route.js';
import { kioskPinKey, setKioskPin } from '../kiosk-pin.js';
import { stationsOfRegion } from '../region-stations.js';
import { StationListSchema } from '../schemas/regions.js';
import { EnrollmentCodeSchema, NewStationSchema, StationListQuerySchema, StationWithCatalogueSchema } from '../schemas/stations.js';
import { StatsAnswerSchema } from '../schemas/stats.js';
import { newStationProblems, regionProblem, stationWithCatalogue } from '../stations.js';
import { stationStats } from '../stats.js';

const base = { tag: 'stations', auth: READ_AT_WINDOW } as const;

/** Listing, creating, reading, changing and deleting stations, their enrolment codes and their figures. */
export const STATION_ROUTES = [
  op({
    ...base,
    id: 'listStations',
    auth: { ...READ_FIGURES, scope: 'none' },
    method: 'get',
    path: '/api/v1/admin/stations',
    summary: 'The stations within your scope, or those within a region and the regions below it',
    query: { schema: StationListQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The stations, ordered by id.', schema: StationListSchema }],
    errors: { 404: 'No such region.' },
    handle: async ({ store, query }, c) => {
      const { region } = query();
      const actor = c.get('actor');
      if (region !== undefined && !(await withinScope(actor, { stations: [], regions: [region] }, store))) {
        throw forbidden(`region "${region}" lies outside your scope`);
      }
      const stations = region === undefined ? await store.stations.list() : await stationsOfRegion(store, region);
      const visible = [];
      for (const s of stations) if (await withinScope(actor, { stations: [s.id], regions: [] }, store)) visible.push(s);
      return c.json({ items: visible });
    },
  }),
  op({
    ...base,
    id: 'createStation',
    auth: ADMIN_ONLY,
    method: 'post',
    path: '/api/v1/admin/stations',
    summary: 'Create a station, optionally with its catalogue',
    body: { schema: NewStationSchema, code: 'invalid-station' },
    responses: [{ status: 201, description: 'Created; `Location` names it.', schema: StationWithCatalogueSchema }],
    errors: { 409: 'A station with this id exists already.' },
    handle: async ({ store, body }, c) => {
      const station = await body();
      const problems = await newStationProblems(station);
      const misplaced = await regionProblem(store, station.regionId);
      if (misplaced) problems.unshift(misplaced);
      if (problems.length > 0) throw new ApiError(400, 'invalid-station', problems.slice(0, 5).join('; '));
      if (!(await store.stations.create(station))) throw new ApiError(409, 'station-exists', `a station "${station.id}" exists already`);
      noteAudit(c, { target: station.id, stationId: station.id });
      c.header('Location', `/api/v1/admin/stations/${station.id}`);
      return c.json(await stationWithCatalogue(store, station.id), 201);
    },
  }),
  op({
    ...base,
    id: 'getStation',
    method: 'get',
    path: '/api/v1/admin/stations/:stationId',
    summary: 'A station with its catalogue',
    responses: [{ status: 200, description: 'The station.', schema: StationWithCatalogueSchema }],
    errors: { 404: 'No such station.' },
    handle: async ({ store, param }, c) => c.json(await stationWithCatalogue(store, param('stationId'))),
  }),
  op({
    ...base,
    id: 'updateStation',
    auth: { roles: ['admin', 'supervisor', 'manager'], scope: 'station', writes: true },
    method: 'patch',
    path: '/api/v1/admin/stations/:stationId',
    summary: "Change a station's settings; kiosks pick them up on their next config refresh",
    body: { schema: StationPatchSchema, code: 'invalid-station-settings' },
    responses: [{ status: 200, description: 'The station as it is now.', schema: StationSchema }],
    errors: { 403: '`cooldownMs` is a supervisor’s, `regionId` an admin’s.', 404: 'No such station.' },
    handle: async ({ store, body, param }, c) => {
      const patch = await body();
      const stationId = param('stationId');
      // The misuse cooldown decides which taps count; a station's region decides who oversees it.
      if (patch.cooldownMs !== undefined) requireRole(c.get('actor'), ['admin', 'supervisor'], 'changing the misuse cooldown');
      if (patch.regionId !== undefined) requireRole(c.get('actor'), ['admin'], 'moving a station to another region');
      const misplaced = await regionProblem(store, patch.regionId);
      if (misplaced) throw new ApiError(400, 'invalid-station-settings', misplaced);
      const { kioskPin, ...settings } = patch;
      const before = await store.stations.get(stationId);
      const station = before && Object.keys(settings).length > 0 ? await store.stations.update(stationId, settings) : before;
      if (!station) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
      if (kioskPin !== undefined) await setKioskPin(store, stationId, kioskPin);
      // The PIN itself never enters the trail: only that it was changed.
      noteAudit(c, { before, after: kioskPin === undefined ? station : { ...station, kioskPin: 'changed' } });
      return c.json(station);
    },
  }),
  op({
    ...base,
    id: 'deleteStation',
    auth: ADMIN_ONLY,
    method: 'delete',
    path: '/api/v1/admin/stations/:stationId',
    summary: 'Delete a station made by mistake, with its catalogue',
    description: 'Only a station that never had a record or an enrolled tablet; any other is kept for its history.',
    responses: [{ status: 204, description: 'Deleted.' }],
    errors: { 404: 'No such station.', 409: 'It has records or enrolled tablets.' },
    handle: async ({ store, param }, c) => {
      const stationId = param('stationId');
      const outcome = await store.stations.delete(stationId, [kioskPinKey(stationId), handlingSettingsKey(stationId)]);
      if (outcome === 'not-found') throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
      if (outcome === 'in-use')
        throw new ApiError(409, 'station-in-use', `station "${stationId}" has records or enrolled tablets, so it is kept for its history`);
      return c.body(null, 204);
    },
  }),
  op({
    ...base,
    id: 'issueEnrollmentCode',
    auth: MANAGE_STATION,
    method: 'post',
    path: '/api/v1/admin/stations/:stationId/enrollment-codes',
    summary: 'Issue a single-use enrollment code (24 h)',
    responses: [{ status: 201, description: 'The code, shown this once.', schema: EnrollmentCodeSchema }],
    errors: { 404: 'No such station.' },
    handle: async ({ store, param }, c) => c.json(await issueEnrollmentCode(store, param('stationId')), 201),
  }),
  op({
    ...base,
    tag: 'figures',
    id: 'stats',
    auth: READ_FIGURES,
    method: 'get',
    path: '/api/v1/admin/stats',
    summary: 'Rating counts per national level, good-review rate and bad reviews, overall and per group',
    description:
      'Either `station` or `region` (every station within it and the regions below it, grouped at most by station, day or hour). A `from`/`to` date is a local calendar day of the station; `to` includes its whole day. Misuse is left out.',
    query: { schema: StatsQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The figures.', schema: StatsAnswerSchema }],
    errors: { 404: 'No such station or region.' },
    handle: async ({ store, query }, c) => c.json(await stationStats(store, query())),
  }),
];
