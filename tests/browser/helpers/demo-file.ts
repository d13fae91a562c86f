import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDemo } from "../../../tools/demo/build-demo";
import { isDate, type Sandbox } from "../../../tools/gas-sandbox";
import { saveWorkbook } from "../../../tools/xlsx";

export const BUNDLE = "build/Code.js";
const STATUS = "Kết quả kiểm tra";
const REPORT_PREFIX = "BC ";

/**
 * The demo workbook as a user would receive it before any check: generated reports removed,
 * status columns and their highlights blank. Saved to a fresh temporary `.xlsx`; returns its path.
 */
export async function uncheckedDemoFile(): Promise<string> {
  const sandbox = buildDemo(BUNDLE);
  sandbox.services.calls.untracked(() => clearChecks(sandbox));
  const file = join(mkdtempSync(join(tmpdir(), "preview-")), "so-thi-dua.xlsx");
  await saveWorkbook(sandbox.services.spreadsheet, file);
  return file;
}

function clearChecks(sandbox: Sandbox): void {
  const ss = sandbox.services.spreadsheet;
  for (const sheet of ss.getSheets()) {
    if (sheet.getName().startsWith(REPORT_PREFIX)) {
      ss.deleteSheet(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet);
      continue;
    }
    const lastRow = sheet.getLastRow();
    if (lastRow < 2) continue;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const column = header.findIndex((h) => !isDate(h) && String(h) === STATUS) + 1;
    if (column === 0) continue;
    const body = sheet.getRange(2, 1, lastRow - 1, sheet.getLastColumn());
    body.setBackground(null);
    sheet.getRange(2, column, lastRow - 1, 1).clearContent();
  }
}
