import type { Device } from './store/store.js';

/** What a request carries through the middleware chain. */
export type AppEnv = { Variables: { device: Device } };
