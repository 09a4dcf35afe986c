import { Hono } from 'hono';
import type { AppEnv as Env } from '../env.js';
import { ApiError } from '../errors.js';
import type { Store } from '../store/store.js';

/** Enrolled tablets: their last contact and backlog, and revocation; mounted at `/admin` behind the admin token. */
export function adminDeviceRoutes(store: Store): Hono<Env> {
  const routes = new Hono<Env>();

  routes.get('/stations/:stationId/devices', async (c) => {
    const stationId = c.req.param('stationId');
    if (!(await store.stations.get(stationId))) throw new ApiError(404, 'station-not-found', `no station "${stationId}"`);
    return c.json({ items: await store.devices.list(stationId) });
  });

  /** From now on the device's token gets 401 everywhere; what it already uploaded stays. Revoking twice is harmless. */
  routes.post('/devices/:deviceId/revoke', async (c) => {
    const device = await store.devices.revoke(c.req.param('deviceId'), new Date().toISOString());
    if (!device) throw new ApiError(404, 'device-not-found', `no device "${c.req.param('deviceId')}"`);
    return c.json(device);
  });

  return routes;
}
