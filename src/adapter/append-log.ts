import { LOG, TAB } from "../core/contract/workbook";
import { headerKey } from "../core/text/normalize";
import { sheetNamed } from "./read-snapshot";
import { ensureSize, toSheetValue } from "./sheet-values";

/**
 * Appends one line to `Nhật ký`, placing each value under its header wherever
 * the office moved the columns. Silently skipped when the tab is missing: the
 * log must never stop the action it records.
 */
export function appendLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entry: { user: string; action: string; detail: string },
): void {
  const sheet = sheetNamed(ss, TAB.log)?.sheet;
  if (!sheet) return;
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const record: Record<string, string | Date> = {
    [LOG.time]: new Date(),
    [LOG.user]: entry.user || "(không xác định)",
    [LOG.action]: entry.action,
    [LOG.detail]: entry.detail.slice(0, 49_000),
  };
  const row = header.map((h) => {
    const key = Object.keys(record).find((k) => headerKey(k) === headerKey(String(h)));
    return key === undefined ? "" : toSheetValue(record[key] as string | Date);
  });
  if (!row.some((v) => v !== "")) return;
  const at = sheet.getLastRow() + 1;
  ensureSize(sheet, at, width);
  sheet.getRange(at, 1, 1, width).setValues([row]);
}
