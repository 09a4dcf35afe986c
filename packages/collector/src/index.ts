export { createApp, MAX_BODY_BYTES } from './app.js';
export { type CollectorConfig, configFromEnv } from './config.js';
export { jsonLogger, type Logger, silentLogger } from './log.js';
export { type RunningCollector, type StartOptions, startCollector } from './server.js';
export { openStore } from './store/open.js';
export type { Store } from './store/store.js';
