// A `node --test` reporter for `npm test`'s gate: per test file, how many tests ran, failed, were
// skipped or marked todo, as one JSON object written to its destination at the end. A skipped
// suite (`describe(…, { skip })`) counts as a skip here although node's own summary leaves it out.
export default async function* testCounts(source) {
  const files = {};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { file = '(no file)', details, skip, todo } = event.data;
    files[file] ??= { ran: 0, failed: 0, skipped: 0, todo: 0 };
    const counts = files[file];
    if (skip !== undefined) counts.skipped++;
    else if (todo !== undefined) counts.todo++;
    else if (details?.type === 'test') {
      counts.ran++;
      if (event.type === 'test:fail') counts.failed++;
    } else if (event.type === 'test:fail' && event.data.nesting === 0) counts.failed++; // a suite or file that failed to load
  }
  yield `${JSON.stringify(files)}\n`;
}
