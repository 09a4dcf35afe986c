// Browser tests of the outbox and the elements, in real Chromium. The tests are compiled by tsc
// (decorators included) so the runner serves plain JavaScript from dist-test/, the test build
// (each package's tsconfig.test.json) that the published dist/ never contains.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { playwrightLauncher } from '@web/test-runner-playwright';

const require = createRequire(new URL('./packages/outbox/package.json', import.meta.url));
// msw's worker script, served at the root and always from the installed msw so the two match.
const mockServiceWorker = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

export default {
  files: ['packages/outbox/dist-test/**/*.test.js', 'packages/elements/dist-test/**/*.test.js'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'production'] },
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [
    (ctx, next) => {
      if (ctx.path !== '/mockServiceWorker.js') return next();
      ctx.type = 'application/javascript';
      ctx.body = mockServiceWorker();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
};
