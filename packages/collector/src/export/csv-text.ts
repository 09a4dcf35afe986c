import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './formula-safety.js';

/**
 * Rows as CSV text for a spreadsheet: a BOM on the first chunk so Excel reads UTF-8 Chinese; CRLF
 * per RFC 4180; a cell starting with = + - @, also after blanks, is prefixed with ' so text
 * someone typed cannot become a spreadsheet formula.
 */
export function csvText(rows: readonly (string | number)[][], first: boolean): string {
  const safe = rows.map((row) => row.map(neutraliseFormula));
  return stringify(safe, { bom: first, record_delimiter: 'windows', escape_formulas: true });
}
