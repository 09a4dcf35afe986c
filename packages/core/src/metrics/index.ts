// The figures GB/T 39734/39735 and the campaigns define, each topic in its own module.
export * from './bad-review-handling.js';
export * from './level-rates.js';
export * from './staff-points.js';
export * from './unit-score.js';
