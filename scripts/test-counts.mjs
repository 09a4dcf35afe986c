// `npm test`'s gate on what a runner actually ran: read the per-file counts a runner's counting
// reporter wrote, print them per group of test files, and find what must fail the step: a group
// that ran no test (a pattern that matched nothing, a build that emitted no tests), any skipped
// or todo test, or a count file the runner never wrote.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative, sep } from 'node:path';

/**
 * `groups`: label → folder (relative to `root`) whose test files make that group.
 * Returns the problems, empty when the run was whole.
 */
export function judgeCounts(root, countsFile, groups) {
  if (!existsSync(countsFile)) return [`no test counts were written (${relative(root, countsFile)})`];
  const files = JSON.parse(readFileSync(countsFile, 'utf8'));
  rmSync(countsFile);
  const totals = Object.fromEntries(Object.keys(groups).map((label) => [label, { files: 0, ran: 0, failed: 0, skipped: 0, todo: 0 }]));
  const problems = [];
  for (const [file, counts] of Object.entries(files)) {
    const path = relative(root, file).split(sep).join('/');
    const label = Object.keys(groups).find((l) => path.startsWith(`${groups[l]}/`));
    if (!label) {
      problems.push(`${path}: outside every group of test files`);
      continue;
    }
    const total = totals[label];
    total.files++;
    for (const key of ['ran', 'failed', 'skipped', 'todo']) total[key] += counts[key];
    if (counts.skipped > 0) problems.push(`${path}: ${counts.skipped} skipped`);
    if (counts.todo > 0) problems.push(`${path}: ${counts.todo} todo`);
  }
  for (const [label, t] of Object.entries(totals)) {
    console.log(`  ${label}: ${t.ran} tests run in ${t.files} files (${t.failed} failed, ${t.skipped} skipped, ${t.todo} todo)`);
    if (t.ran === 0) problems.push(`${label}: no test ran`);
  }
  return problems;
}
