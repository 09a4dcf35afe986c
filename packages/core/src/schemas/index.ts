/**
 * The shapes that cross Manyi's boundaries, written once with zod/mini (≈6 KB in a browser bundle)
 * and used by the elements, the outbox, the kiosk and the collector alike.
 */
export * from './common.js';
export * from './complaint-category.js';
export * from './levels.js';
export * from './protocol.js';
export * from './public-results.js';
export * from './records.js';
export * from './region.js';
export * from './station.js';
