import type { Cell } from "../core/cell";
import { REPORT_PREFIX } from "../core/contract/workbook";
import type { Grid, Snapshot } from "../core/table";

/**
 * Reads every tab's values in one call per tab, except the generated `BC …`
 * reports: they hold no user data and are rebuilt from scratch, so reading
 * them (often the largest tabs) would be wasted work.
 */
export function readSnapshot(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Snapshot {
  const grids: Grid[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!name.startsWith(REPORT_PREFIX))
      grids.push({ name, values: sheet.getDataRange().getValues() as Cell[][] });
  }
  return { grids };
}

export function readGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): Grid {
  return { name: sheet.getName(), values: sheet.getDataRange().getValues() as Cell[][] };
}

/** Reads only the named tabs (those that exist), one call per tab. */
export function readTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, names: readonly string[]): Snapshot {
  const grids: Grid[] = [];
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (sheet) grids.push(readGrid(sheet));
  }
  return { grids };
}
