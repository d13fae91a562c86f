import type { Cell } from "../core/cell";
import type { Grid, Snapshot } from "../core/table";

/** Reads every tab's values in one call per tab. */
export function readSnapshot(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Snapshot {
  const grids: Grid[] = ss.getSheets().map((sheet) => readGrid(sheet));
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
