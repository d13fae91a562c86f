import { isDate } from "../core/cell";
import { toInstant } from "../core/dates";
import { asLiteral, needsQuote } from "../core/sheet-text";
import { isCivilDate, type WriteValue } from "../core/write-value";
import { PLAN_ZONE, type SheetZone } from "./sheet-zone";

type SheetValue = string | number | boolean | Date;

/**
 * A value as it is handed to `setValues`: a civil date becomes its midnight in the
 * spreadsheet's zone (in Asia/Ho_Chi_Minh, the instant the core reads back), text stays text
 * (in a plain-text `@` cell it needs no apostrophe, which would stay a character there).
 */
export function toSheetValue(v: WriteValue, plainTextCell = false, zone: SheetZone = PLAN_ZONE): SheetValue {
  if (typeof v === "string") return asLiteral(v, plainTextCell);
  if (typeof v === "number" || typeof v === "boolean" || isDate(v)) return v;
  if (isCivilDate(v)) return new Date(toInstant(v).getTime() - zone.write);
  return "";
}

export const toSheetRows = (rows: readonly (readonly WriteValue[])[]): SheetValue[][] =>
  rows.map((r) => r.map((v) => toSheetValue(v)));

/**
 * Writes a block of values into `range`. A user's text (`userText`) is kept as typed even in a
 * cell the office formatted as plain text (`@`), where an apostrophe would stay a character:
 * the block's number formats are read first (one call) when some text needs one.
 */
export function writeBlock(
  range: GoogleAppsScript.Spreadsheet.Range,
  rows: readonly (readonly WriteValue[])[],
  userText = false,
  zone: SheetZone = PLAN_ZONE,
): void {
  const quoted = userText && rows.some((r) => r.some((v) => typeof v === "string" && needsQuote(v)));
  const formats = quoted ? range.getNumberFormats() : null;
  range.setValues(rows.map((r, i) => r.map((v, j) => toSheetValue(v, formats?.[i]?.[j] === "@", zone))));
}

/** Grows the sheet so that `rows` × `columns` fit (writing outside the grid throws). */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
