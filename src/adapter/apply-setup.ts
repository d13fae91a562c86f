import { TAB } from "../core/contract/workbook";
import { type ColumnLayout, type DropdownSource, GENERATED_COLUMN_NOTE } from "../core/setup/layout";
import type { SetupPlan } from "../core/setup/plan-setup";
import type { TabPlan } from "../core/setup/plan-tab";
import { headerKey } from "../core/text/normalize";
import { ensureSize, toSheetRows } from "./sheet-values";

const HEADER_BACKGROUND = "#d9e2f3";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Carries out a setup plan: a bounded number of calls per tab, whatever the
 * number of rows. Only appends: never moves, rewrites or deletes a cell.
 */
export function applySetup(ss: Spreadsheet, plan: SetupPlan): void {
  const sheets = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) sheets.set(sheet.getName(), sheet);
  let count = sheets.size;

  for (const tab of plan.tabs) {
    let sheet = sheets.get(tab.tab);
    if (!sheet) {
      sheet = ss.insertSheet(tab.tab, count++);
      sheets.set(tab.tab, sheet);
    }
    applyTab(sheet, tab);
  }
  if (plan.guide) writeGuide(ss.insertSheet(TAB.guide, 0), plan.guide);

  // Dropdowns last: their sources are other tabs, which exist now.
  for (const tab of plan.tabs) {
    const sheet = sheets.get(tab.tab);
    if (sheet) applyDropdowns(sheet, tab, plan, sheets);
  }
}

function applyTab(sheet: Sheet, tab: TabPlan): void {
  const width = tab.headers.length;
  const lastRow = tab.appendAt - 1 + tab.rows.length;
  ensureSize(sheet, Math.max(lastRow, 2), width);
  if (tab.newColumns.length > 0) {
    const first = width - tab.newColumns.length + 1;
    const header = sheet.getRange(1, first, 1, tab.newColumns.length);
    header.setValues([[...tab.newColumns]]);
    header.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
    applyColumnLayout(sheet, tab, first);
    // The new columns lie past the used width: the template's values land in blank cells only.
    if (tab.fill) {
      const { row, rows } = tab.fill;
      sheet.getRange(row, first, rows.length, tab.newColumns.length).setValues(toSheetRows(rows));
    }
  }
  if (tab.create) sheet.setFrozenRows(1);
  if (tab.rows.length > 0) {
    sheet.getRange(tab.appendAt, 1, tab.rows.length, width).setValues(toSheetRows(tab.rows));
  }
}

/** Widths and number formats of the newly added columns (existing ones keep the user's). */
function applyColumnLayout(sheet: Sheet, tab: TabPlan, first: number): void {
  const rows = sheet.getMaxRows() - 1;
  tab.newColumns.forEach((header, i) => {
    const layout: ColumnLayout | undefined = layoutOf(tab, header);
    if (!layout) return;
    const column = first + i;
    if (layout.width) sheet.setColumnWidth(column, layout.width);
    if (layout.format) sheet.getRange(2, column, rows, 1).setNumberFormat(layout.format);
    if (layout.generated) {
      sheet
        .getRange(1, column, rows + 1, 1)
        .protect()
        .setWarningOnly(true)
        .setDescription(GENERATED_COLUMN_NOTE);
    }
  });
}

function applyDropdowns(sheet: Sheet, tab: TabPlan, plan: SetupPlan, sheets: Map<string, Sheet>): void {
  const first = tab.headers.length - tab.newColumns.length + 1;
  tab.newColumns.forEach((header, i) => {
    const source = layoutOf(tab, header)?.dropdown;
    if (!source) return;
    const rule = buildRule(source, plan, sheets);
    if (rule) sheet.getRange(2, first + i, sheet.getMaxRows() - 1, 1).setDataValidation(rule);
  });
}

function buildRule(
  source: DropdownSource,
  plan: SetupPlan,
  sheets: Map<string, Sheet>,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  // Invalid values are allowed and shown with a warning: the checks explain them,
  // and a pasted block is never rejected.
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  if (source.kind === "list") return builder.requireValueInList([...source.values], true).build();
  // The source tab as the workbook spells it: setup plans every fixed tab, under its actual name.
  const planned = plan.tabs.find((t) => headerKey(t.tab) === headerKey(source.tab));
  const target = planned ? sheets.get(planned.tab) : undefined;
  const headers = planned?.headers ?? [];
  const column = headers.findIndex((h) => headerKey(h) === headerKey(source.header)) + 1;
  if (!target || column < 1) return null;
  return builder.requireValueInRange(target.getRange(2, column, target.getMaxRows() - 1, 1), true).build();
}

function layoutOf(tab: TabPlan, header: string): ColumnLayout | undefined {
  const key = headerKey(header);
  const found = Object.keys(tab.layout).find((h) => headerKey(h) === key);
  return found === undefined ? undefined : tab.layout[found];
}

function writeGuide(sheet: Sheet, rows: readonly (readonly string[])[]): void {
  const width = Math.max(2, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  ensureSize(sheet, values.length, width);
  sheet
    .getRange(1, 1, values.length, width)
    .setValues(toSheetRows(values))
    .setWrap(true)
    .setVerticalAlignment("top");
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidth(2, 720);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
}
