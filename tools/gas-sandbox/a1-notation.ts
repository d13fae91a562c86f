/** A rectangle in 1-based coordinates. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits `'Tab name'!A1:B2` into its sheet name (quotes undone) and the range part. */
export function splitSheetName(a1: string): { sheetName?: string; range: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { range: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, range: a1.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses `A1`, `A1:C5`, `A:C` (whole columns) and `2:4` (whole rows) against a sheet's size.
 * Returns undefined for text that is not A1 notation.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRect | undefined {
  const [startText, endText = startText] = a1.trim().split(":");
  const start = CELL.exec(startText ?? "");
  const end = CELL.exec(endText ?? "");
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) return undefined;
  const c1 = start[1] ? columnNumber(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? columnNumber(end[1]) : maxColumns;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  if (r1 < 1 || r2 < 1 || c1 < 1 || c2 < 1) return undefined;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function toA1(rect: GridRect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  const end = `${columnLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
  return `${start}:${end}`;
}
