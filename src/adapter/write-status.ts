import { cellText } from "../core/cell";
import type { TabStatus } from "../core/checks/check-workbook";
import { SEVERITY, type Severity } from "../core/findings/finding";
import { findGrid, type Snapshot } from "../core/table";
import { headerKey } from "../core/text/normalize";
import { toSheetValue } from "./sheet-values";

export const SEVERITY_COLOUR: Record<Severity, string> = {
  [SEVERITY.error]: "#f4cccc",
  [SEVERITY.warning]: "#fff2cc",
  [SEVERITY.info]: "#ffffff",
};
const PLAIN = "#ffffff";

/**
 * Writes each tab's status column in one call and its row highlights in one
 * more: a fixed row loses its highlight. Touches no other cell's value.
 */
export function writeStatuses(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  snapshot: Snapshot,
  statuses: readonly TabStatus[],
): void {
  for (const status of statuses) {
    if (status.rows.length === 0) continue;
    const grid = findGrid(snapshot, status.sheet);
    const header = grid?.values[0] ?? [];
    const column = header.findIndex((h) => headerKey(cellText(h)) === headerKey(status.header)) + 1;
    const sheet = ss.getSheetByName(status.sheet);
    if (!sheet || column < 1) continue;
    writeStatusBlock(sheet, 2, column, header.length, status.rows);
  }
}

/** Status texts from `firstRow` down, and the highlight of those rows across `width` columns. */
export function writeStatusBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  column: number,
  width: number,
  rows: TabStatus["rows"],
): void {
  sheet.getRange(firstRow, column, rows.length, 1).setValues(rows.map((r) => [toSheetValue(r.text)]));
  const colours = rows.map((r) => {
    const colour = r.severity ? SEVERITY_COLOUR[r.severity] : PLAIN;
    return Array.from({ length: width }, () => colour);
  });
  sheet.getRange(firstRow, 1, rows.length, width).setBackgrounds(colours);
}
