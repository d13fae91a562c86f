import { columnNumber } from "../core/a1";
import type { Cell } from "../core/cell";
import type { Grid } from "../core/table";
import { type SheetZone, zonedValues } from "./sheet-zone";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type OnEdit = GoogleAppsScript.Events.SheetsOnEdit;

/** The tab an onEdit event is about, and its name: two calls. */
export function editedTab(e: OnEdit | undefined): { sheet: Sheet; name: string } | null {
  if (!e?.range) return null;
  const sheet = e.range.getSheet();
  return { sheet, name: sheet.getName() };
}

/**
 * The rows and columns an edit spans, from its range's A1 notation in one call: `B3:D5` → rows
 * 3..5 of columns 2..4, `B3`; a whole-column edit `B:D` spans every row, a whole-row `3:5` every column.
 */
export function editedRows(e: OnEdit): {
  first: number;
  last: number;
  columns: { first: number; last: number };
} {
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/.exec(e.range.getA1Notation());
  const first = Number(m?.[2] || 1);
  const end = m?.[4] !== undefined ? m[4] : m?.[2];
  const from = columnNumber(m?.[1] ?? "") || 1;
  const to = m?.[3] !== undefined ? columnNumber(m[3]) : columnNumber(m?.[1] ?? "");
  return {
    first,
    last: end ? Number(end) : Number.MAX_SAFE_INTEGER,
    columns: { first: from, last: to || Number.MAX_SAFE_INTEGER },
  };
}

/** The e-mail of the user who made the edit, when Apps Script gives one (no service call). */
export function editorEmail(e: OnEdit): string {
  try {
    return e.user?.getEmail?.() || "";
  } catch {
    return "";
  }
}

/** A tab's values (date cells as the core reads them) and formulas, in three calls whatever its size. */
export function readWithFormulas(
  sheet: Sheet,
  name: string,
  zone: SheetZone,
): { grid: Grid; formulas: string[][] } {
  const range = sheet.getDataRange();
  return {
    grid: { name, values: zonedValues(range.getValues() as Cell[][], zone) },
    formulas: range.getFormulas(),
  };
}
