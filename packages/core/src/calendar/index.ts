export * from './china-date.js';
export * from './holiday-data.js';
export * from './holidays-2025.js';
export * from './holidays-2026.js';
export * from './holidays-2027.js';
export * from './working-day-calendar.js';
