import { isDate } from "../core/cell";
import { asLiteral } from "../core/sheet-text";
import { isCivilDate, type WriteValue } from "../core/write-value";

/**
 * A value as it is handed to `setValues`: a civil date becomes local midnight
 * (Date methods run in the script's zone, Asia/Ho_Chi_Minh), text stays text.
 */
export function toSheetValue(v: WriteValue): string | number | boolean | Date {
  if (typeof v === "string") return asLiteral(v);
  if (typeof v === "number" || typeof v === "boolean" || isDate(v)) return v;
  if (isCivilDate(v)) return new Date(v.year, v.month - 1, v.day);
  return "";
}

export const toSheetRows = (
  rows: readonly (readonly WriteValue[])[],
): (string | number | boolean | Date)[][] => rows.map((r) => r.map(toSheetValue));

/** Grows the sheet so that `rows` × `columns` fit (writing outside the grid throws). */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
