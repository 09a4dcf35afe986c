// Browser tests of the outbox and the elements, in real Chromium. The tests are compiled by tsc
// (decorators included) so the runner serves plain JavaScript from dist/.
import { playwrightLauncher } from '@web/test-runner-playwright';

export default {
  files: ['packages/outbox/dist/**/*.test.js', 'packages/elements/dist/**/*.test.js'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'production'] },
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
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
