import type { Actor } from './http/actor.js';
import type { Device } from './store/store.js';

/** What a request carries through the middleware chain: the tablet (device routes) and who acts. */
export type AppEnv = { Variables: { device: Device; actor: Actor } };
