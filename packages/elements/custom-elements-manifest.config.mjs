// custom-elements.json is generated from the JSDoc headers of the element classes (the API contract).
// The self-check-only define module is left out: it registers the same tag as notice-checklist's
// define module, and a manifest listing one tag twice confuses editors and docs tools.
import { eventDetailTypes } from './scripts/event-detail-types.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/notice-checklist/define-self-check.ts', 'src/**/*.test.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [eventDetailTypes()],
};
