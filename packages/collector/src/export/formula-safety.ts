/**
 * Spreadsheets run a cell as a formula when it starts with = + - @ (or a tab or carriage return,
 * which csv-stringify's own `escape_formulas` covers). Some importers trim leading blanks first, so
 * a citizen's " =HYPERLINK(…)" would run too: a cell whose first non-blank character starts a
 * formula is prefixed with ' like csv-stringify does for the first character.
 */
const FORMULA_AFTER_BLANKS = /^[\s\u3000]+[=+\-@]/u;

export function neutraliseFormula<Cell extends string | number>(cell: Cell): Cell | string {
  return typeof cell === 'string' && FORMULA_AFTER_BLANKS.test(cell) ? `'${cell}` : cell;
}
