/**
 * Ratings per weekday × hour of day, counted from the rating CSV export: the stats route groups by
 * hour or by day, but not by both. Misuse-flagged rows are left out, as the figures leave them out.
 */
export type WeekdayHourCounts = number[][];

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF), as the collector's export writes them. */
function* csvRows(text: string): Generator<string[]> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      yield row;
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) yield [...row, cell];
}

/** `counts[weekday 0 = Monday][hour]` from the export's 评价时间 (hall time) and 误触 columns. */
export function weekdayHourCounts(csv: string): WeekdayHourCounts {
  const counts = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const rows = csvRows(csv.replace(/^\uFEFF/, ''));
  const header: string[] = rows.next().value ?? [];
  const timeAt = header.indexOf('评价时间');
  const misuseAt = header.findIndex((h) => h.startsWith('误触'));
  if (timeAt < 0) return counts;
  for (const row of rows) {
    const time = row[timeAt];
    if (!time || (misuseAt >= 0 && row[misuseAt] === '是')) continue;
    // "2026-11-20 09:41:00" is already hall time: read it as UTC to keep its fields as written.
    const at = new Date(`${time.replace(' ', 'T')}Z`);
    if (Number.isNaN(at.getTime())) continue;
    const weekday = (at.getUTCDay() + 6) % 7;
    const line = counts[weekday];
    if (line) line[at.getUTCHours()] = (line[at.getUTCHours()] ?? 0) + 1;
  }
  return counts;
}
