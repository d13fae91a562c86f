import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDate, type Sandbox } from "../../../tools/gas-sandbox";
import { loadWorkbook, saveWorkbook } from "../../../tools/xlsx";
import { sidebarWorkbook } from "../../sidebar/sidebar-workbook";

const BUNDLE = "build/Code.js";

/**
 * The workbook the registration sidebar can be used on, as a file: the clean 2020 workbook with
 * a head for clusters 3 and 4 and an office admin (the demo has neither, so its sidebar refuses
 * everyone), and one unit of cluster 3 with room for a collective title and a CSTĐCS.
 * Saved to a fresh temporary `.xlsx`; returns its path.
 */
export async function registrationFile(): Promise<string> {
  const wb = sidebarWorkbook();
  const file = join(mkdtempSync(join(tmpdir(), "preview-register-")), "so-thi-dua.xlsx");
  await saveWorkbook(wb.sb.services.spreadsheet, file);
  return file;
}

/** Opens the file as `PREVIEW_USER=<user> npm start <file>` does. */
export function openAs(file: string, user: string): Promise<Sandbox> {
  return loadWorkbook(file, { bundle: BUNDLE, buildDir: "build", user });
}

export interface StoredCell {
  value: unknown;
  /** The cell's formula, '' when it holds a plain value. */
  formula: string;
}

/** The data rows of a tab of a saved `.xlsx`, as records keyed by header. */
export async function savedRows(file: string, tab: string): Promise<Record<string, StoredCell>[]> {
  const sandbox = await loadWorkbook(file, { bundle: BUNDLE, buildDir: "build" });
  const sheet = sandbox.services.spreadsheet.getSheetByName(tab);
  if (!sheet) throw new Error(`no tab ${tab} in ${file}`);
  const range = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
  const values = range.getValues();
  const formulas = range.getFormulas();
  const header = (values[0] ?? []).map((h) => (isDate(h) ? "" : String(h)));
  return values
    .slice(1)
    .map((row, r) =>
      Object.fromEntries(
        header.map((h, c) => [h, { value: row[c], formula: String(formulas[r + 1]?.[c] ?? "") }]),
      ),
    );
}
