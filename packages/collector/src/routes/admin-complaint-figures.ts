import { complaintFiguresOf } from '../complaint-figures.js';
import { ApiError } from '../errors.js';
import { READ_FIGURES } from '../http/roles.js';
import { op } from '../http/route.js';
import { stationsOfRegion } from '../region-stations.js';
import { ComplaintFiguresAnswerSchema, ComplaintFiguresQuerySchema } from '../schemas/complaint-figures.js';
import { periodOrLast30Days } from './params.js';

/** Complaint figures for a station or a region: counts only, no personal data, so observers read them too. */
export const COMPLAINT_FIGURE_ROUTES = [
  op({
    id: 'complaintFigures',
    tag: 'complaints',
    auth: READ_FIGURES,
    method: 'get',
    path: '/api/v1/admin/complaint-figures',
    summary: 'Complaints received, 办结率, 按期办结率, 查实率 and 回访满意率, by station, month, channel and category',
    description: 'The period is of when complaints were received; without `from`/`to` the last 30 days.',
    query: { schema: ComplaintFiguresQuerySchema, code: 'invalid-query' },
    responses: [{ status: 200, description: 'The figures.', schema: ComplaintFiguresAnswerSchema }],
    errors: { 404: 'No such station or region.' },
    handle: async ({ store, query }, c) => {
      const q = query();
      const { from, to } = periodOrLast30Days(q);
      let stations: { id: string; name: string }[];
      if (q.station !== undefined) {
        const station = await store.stations.get(q.station);
        if (!station) throw new ApiError(404, 'station-not-found', `no station "${q.station}"`);
        stations = [station];
      } else {
        stations = await stationsOfRegion(store, q.region as string);
      }
      return c.json(await complaintFiguresOf(store, stations, from, to));
    },
  }),
];
