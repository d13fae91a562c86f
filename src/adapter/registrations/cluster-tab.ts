import type { Cell } from "../../core/cell";
import type { TabStatus } from "../../core/checks/check-workbook";
import { clusterTabName, STATUS_HEADER, TAB } from "../../core/contract/workbook";
import type { ColumnRun } from "../../core/registration-form/row-records";
import type { Grid, Snapshot } from "../../core/table";
import { headerKey } from "../../core/text/normalize";
import { readGrid, readTabs } from "../read-snapshot";
import { ensureSize, toSheetRows } from "../sheet-values";
import { writeStatusBlock } from "../write-status";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The setup tabs the plan is parsed from: one read each. */
export const readPlanTabs = (ss: Spreadsheet): Snapshot =>
  readTabs(ss, [TAB.config, TAB.clusters, TAB.units, TAB.titles]);

/** A cluster's `Cụm N` tab and its values, read in one call; null when the tab is missing. */
export function readClusterTab(ss: Spreadsheet, clusterId: string): { sheet: Sheet; grid: Grid } | null {
  const sheet = ss.getSheetByName(clusterTabName(clusterId));
  return sheet ? { sheet, grid: readGrid(sheet) } : null;
}

/** The cluster tabs of some clusters (those that exist), one read each. */
export function readClusterTabs(ss: Spreadsheet, clusterIds: readonly string[]): Snapshot {
  return readTabs(ss, clusterIds.map(clusterTabName));
}

/** Writes blocks of cells starting at `row`, growing the sheet first when they reach past its end. */
export function writeRuns(sheet: Sheet, row: number, width: number, runs: readonly ColumnRun[]): void {
  const height = runs[0]?.rows.length ?? 0;
  if (height === 0) return;
  ensureSize(sheet, row + height - 1, width);
  for (const run of runs) {
    const cols = run.rows[0]?.length ?? 0;
    if (cols > 0) sheet.getRange(row, run.column, height, cols).setValues(toSheetRows(run.rows));
  }
}

/** Rewrites the tab's status column (one call) and row highlights (one call). */
export function writeTabStatus(sheet: Sheet, header: readonly Cell[], rows: TabStatus["rows"]): void {
  const column = header.findIndex((h) => typeof h === "string" && headerKey(h) === headerKey(STATUS_HEADER));
  if (column < 0 || rows.length === 0) return;
  writeStatusBlock(sheet, 2, column + 1, header.length, rows);
}
