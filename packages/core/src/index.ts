export * from './ids.js';
export * from './issues.js';
export * from './levels.js';
export * from './locale.js';
export * from './metrics.js';
export * from './reasons.js';
export * from './scales.js';
export * from './schemas.js';
