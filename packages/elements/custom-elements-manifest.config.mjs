// custom-elements.json is generated from the JSDoc headers of the element classes (the API contract).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test.*.ts', 'src/test-support/**', 'src/**/*.test.helper.ts', 'src/**/*.test.data.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
