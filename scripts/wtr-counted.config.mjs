// web-test-runner as `npm test` runs it: the root config, its usual reporter, and one that writes
// per test file how many tests ran, failed or were skipped to MANYI_TEST_COUNTS (JSON), for the gate.
import { writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import config from '../web-test-runner.config.mjs';

function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else {
      counts.ran++;
      if (!test.passed) counts.failed++;
    }
  }
  for (const inner of suite?.suites ?? []) countTests(inner, counts);
}

/** Writes the counts when the run stops; a file whose session failed to load counts as failed. */
function testCounts(destination) {
  return {
    stop({ sessions }) {
      const files = {};
      for (const session of sessions) {
        files[session.testFile] ??= { ran: 0, failed: 0, skipped: 0, todo: 0 };
        const counts = files[session.testFile];
        countTests(session.testResults, counts);
        if (session.errors.length > 0) counts.failed++;
      }
      writeFileSync(destination, `${JSON.stringify(files)}\n`);
    },
  };
}

const destination = process.env.MANYI_TEST_COUNTS;
if (!destination) throw new Error('MANYI_TEST_COUNTS: where to write the test counts');
export default { ...config, reporters: [defaultReporter(), testCounts(destination)] };
