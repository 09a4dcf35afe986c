export { createApp, MAX_BODY_BYTES } from './app.js';
export { type CollectorConfig, configFromEnv } from './config.js';
export { startCollector, type RunningCollector, type StartOptions } from './server.js';
export { openStore } from './store/open.js';
export type { Store } from './store/store.js';
export { jsonLogger, silentLogger, type Logger } from './log.js';
