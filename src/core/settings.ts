import type { Cell } from "./cell";
import { cellText } from "./cell";
import { CONFIG, TAB } from "./contract/workbook";
import { findGrid, type Snapshot, toTable } from "./table";
import { headerKey } from "./text/normalize";

/** The raw `Giá trị` of a `Cấu hình` setting, '' when the tab or the row is missing. */
export function readSetting(snapshot: Snapshot, key: string): Cell {
  const grid = findGrid(snapshot, TAB.config);
  if (!grid) return "";
  const table = toTable(grid);
  const want = headerKey(key);
  const row = table.rows.find((r) => headerKey(cellText(table.get(r, CONFIG.key))) === want);
  return row ? table.get(row, CONFIG.value) : "";
}
