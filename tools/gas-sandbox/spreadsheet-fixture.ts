import { writeInput } from "./cell-io";
import type { GasEnv } from "./env";
import { FakeSpreadsheet } from "./fake-spreadsheet";

/** Tabs by name, in order: rows of cell inputs (strings parsed like typed input). */
export type TabData = Record<string, readonly (readonly unknown[])[]>;

/**
 * Builds a tracked spreadsheet from `{ [tabName]: rows }` without recording calls.
 * Tabs are at least 1000 × 26 (Apps Script's new-sheet size) and grow to fit the data.
 */
export function createSpreadsheet(env: GasEnv, tabs: TabData): FakeSpreadsheet {
  const spreadsheet = env.calls.track(new FakeSpreadsheet(env), "Spreadsheet");
  env.calls.untracked(() => {
    for (const [name, rows] of Object.entries(tabs)) addTab(env, spreadsheet, name, rows);
  });
  return spreadsheet;
}

/** Adds a tab with data (not recorded). */
export function addTab(
  env: GasEnv,
  spreadsheet: FakeSpreadsheet,
  name: string,
  rows: readonly (readonly unknown[])[],
): void {
  env.calls.untracked(() => {
    const sheet = spreadsheet._addSheet(name);
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length > sheet._grid.maxRows)
      sheet._grid.insertRows(sheet._grid.maxRows + 1, rows.length - sheet._grid.maxRows);
    if (width > sheet._grid.maxColumns)
      sheet._grid.insertColumns(sheet._grid.maxColumns + 1, width - sheet._grid.maxColumns);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== "" && value !== null && value !== undefined) {
          writeInput(env, sheet._grid.cellForWrite(r + 1, c + 1), value);
        }
      });
    });
  });
}
