import { columnLetters } from "../a1";
import { cellText } from "../cell";
import { OPTIONAL_HEADERS } from "../contract/workbook";
import type { Grid } from "../table";
import { headerKey } from "../text/normalize";

/** How far down a misplaced header row is looked for: title rows above a table are a few lines. */
const HEADER_SEARCH_ROWS = 10;

const keysOf = (row: readonly unknown[] | undefined): string[] =>
  (row ?? []).map((c) => headerKey(cellText(c as string)));

/** How many of `headers` a row holds. */
function countIn(row: readonly unknown[] | undefined, headers: readonly string[]): number {
  const have = new Set(keysOf(row));
  return headers.filter((h) => have.has(headerKey(h))).length;
}

/**
 * The 1-based row below row 1 where the contract's headers of a tab are, when they are not in
 * row 1 (e.g. under two title rows); null when row 1 holds them, or no row does. "Holds them":
 * at least half of the tab's required headers, and more than row 1 has.
 */
export function misplacedHeaderRow(grid: Grid, headers: readonly string[]): number | null {
  const required = headers.filter((h) => !OPTIONAL_HEADERS.has(h));
  const enough = Math.max(2, Math.ceil(required.length / 2));
  const inFirst = countIn(grid.values[0], required);
  if (inFirst >= enough) return null;
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 1; r < last; r++) {
    const n = countIn(grid.values[r], required);
    if (n >= enough && n > inFirst) return r + 1;
  }
  return null;
}

/** A contract header that row 1 holds more than once, and the 1-based columns holding it. */
export interface DoubledHeader {
  readonly header: string;
  readonly columns: readonly number[];
}

/** The contract's headers that appear more than once in row 1 of a tab. */
export function doubledHeaders(grid: Grid, headers: readonly string[]): DoubledHeader[] {
  const keys = keysOf(grid.values[0]);
  return headers.flatMap((header) => {
    const key = headerKey(header);
    const columns = keys.flatMap((k, i) => (k === key ? [i + 1] : []));
    return columns.length > 1 ? [{ header, columns }] : [];
  });
}

/** "cột A và cột C" — columns by their letters, as the sheet shows them. */
export const columnList = (columns: readonly number[]): string =>
  columns.map((c) => `cột ${columnLetters(c)}`).join(" và ");
