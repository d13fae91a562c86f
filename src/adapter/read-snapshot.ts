import type { Cell } from "../core/cell";
import { REPORT_PREFIX } from "../core/contract/workbook";
import { sameTabName } from "../core/plan/cluster-tab";
import type { Grid, Snapshot } from "../core/table";
import { PLAN_ZONE, type SheetZone, zonedValues } from "./sheet-zone";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Reads every tab's values in one call per tab, except the generated `BC …` reports: they
 * hold no user data and are rebuilt from scratch, so reading them (often the largest tabs)
 * would be wasted work. With `reportNames`, each report is still listed, by name, with no values.
 */
export function readSnapshot(ss: Spreadsheet, zone: SheetZone = PLAN_ZONE, reportNames = false): Snapshot {
  const grids: Grid[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!name.startsWith(REPORT_PREFIX)) grids.push(readGrid(sheet, name, zone));
    else if (reportNames) grids.push({ name, values: [] });
  }
  return { grids };
}

/** One tab's values in one call, its date cells as the core reads them in the spreadsheet's zone. */
export function readGrid(sheet: Sheet, name = sheet.getName(), zone: SheetZone = PLAN_ZONE): Grid {
  return { name, values: zonedValues(sheet.getDataRange().getValues() as Cell[][], zone) };
}

/**
 * The tab a name stands for under the one rule of tab names (case, Unicode form and spacing
 * do not count): the exact name in one call, else a look through every tab's name.
 */
export function sheetNamed(ss: Spreadsheet, name: string): { sheet: Sheet; name: string } | null {
  const exact = ss.getSheetByName(name);
  if (exact) return { sheet: exact, name };
  for (const sheet of ss.getSheets()) {
    const actual = sheet.getName();
    if (sameTabName(actual, name)) return { sheet, name: actual };
  }
  return null;
}

/** Reads only the named tabs (those that exist, under the one rule of tab names), one read each. */
export function readTabs(ss: Spreadsheet, names: readonly string[], zone: SheetZone = PLAN_ZONE): Snapshot {
  const grids: Grid[] = [];
  for (const name of names) {
    const found = sheetNamed(ss, name);
    if (found) grids.push(readGrid(found.sheet, found.name, zone));
  }
  return { grids };
}
