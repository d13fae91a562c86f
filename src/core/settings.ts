import type { Cell } from "./cell";
import { cellText } from "./cell";
import { CONFIG, TAB } from "./contract/workbook";
import { findGrid, type Snapshot, toTable } from "./table";
import { headerKey } from "./text/normalize";

/** The raw `Giá trị` of a `Cấu hình` setting, '' when the tab or the row is missing. */
export function readSetting(snapshot: Snapshot, key: string): Cell {
  return findSetting(snapshot, key).value;
}

/** A setting's raw value and its 1-based row (null when the row is missing). */
export function findSetting(snapshot: Snapshot, key: string): { value: Cell; row: number | null } {
  const grid = findGrid(snapshot, TAB.config);
  if (!grid) return { value: "", row: null };
  const table = toTable(grid);
  const want = headerKey(key);
  const row = table.rows.find((r) => headerKey(cellText(table.get(r, CONFIG.key))) === want);
  return row ? { value: table.get(row, CONFIG.value), row: row.rowNumber } : { value: "", row: null };
}
