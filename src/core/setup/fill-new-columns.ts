import type { Cell } from "../cell";
import { cellText, isDate } from "../cell";
import { headerKey } from "../text/normalize";
import type { WriteValue } from "../write-value";
import type { RowRecord } from "./plan-tab";

/** Template values written into the columns setup just added, rows `row..` of those columns. */
export interface ColumnFill {
  /** 1-based first sheet row of the block. */
  readonly row: number;
  /** One entry per sheet row from `row`, one value per new column ('' where nothing is filled). */
  readonly rows: readonly (readonly WriteValue[])[];
  /** How many existing rows get a value. */
  readonly count: number;
}

/** A cell or a template value as the key that compares them (case, spacing, Unicode form ignored). */
export const keyOf = (v: Cell | WriteValue): string =>
  headerKey(typeof v === "object" && v !== null && !isDate(v) ? JSON.stringify(v) : cellText(v as Cell));

/**
 * The template row an existing row stands for: the first whose value under the first key header
 * matches the row's, else under the next key header (a title renamed but keeping its abbreviation).
 */
function templateOf(
  cells: readonly Cell[],
  keyColumns: readonly { header: string; column: number }[],
  template: readonly RowRecord[],
): RowRecord | undefined {
  for (const { header, column } of keyColumns) {
    const mine = keyOf(cells[column]);
    if (!mine) continue;
    const hit = template.find(
      (t) => t[header] !== undefined && t[header] !== "" && keyOf(t[header]) === mine,
    );
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The template's values for the columns setup appends to an existing tab (`Danh hiệu` gaining
 * `Cấp quyết định`…): each existing row a template row matches by its key headers gets that
 * row's values. The appended columns lie past the tab's used width, so every cell of the block is
 * blank before: nothing the office typed is overwritten. Null when no row gets a value.
 */
export function fillNewColumns(
  values: readonly (readonly Cell[])[],
  keyColumns: readonly { header: string; column: number }[],
  newColumns: readonly string[],
  template: readonly RowRecord[],
): ColumnFill | null {
  const out: WriteValue[][] = [];
  let first = 0;
  let count = 0;
  for (let r = 1; r < values.length; r++) {
    const t = templateOf(values[r] ?? [], keyColumns, template);
    const row = newColumns.map((h) => {
      const k = t ? Object.keys(t).find((key) => headerKey(key) === headerKey(h)) : undefined;
      return k === undefined ? "" : ((t as RowRecord)[k] ?? "");
    });
    if (row.every((v) => v === "")) continue;
    if (first === 0) first = r + 1;
    while (first + out.length < r + 1) out.push(newColumns.map(() => ""));
    out.push(row);
    count++;
  }
  return first === 0 ? null : { row: first, rows: out, count };
}
