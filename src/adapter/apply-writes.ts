import type { CellsOp, ClearOp, FillOp, ValidationOp, WriteOp } from "../core/use-cases/write-plan";
import { appendLog } from "./append-log";
import { applySetup } from "./apply-setup";
import { documentProperties } from "./services";
import { ensureSize, toSheetRows } from "./sheet-values";
import { writeReport } from "./write-report";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A spreadsheet a write made (a `copy`): where the user finds it. */
export interface MadeCopy {
  readonly id: string;
  readonly url: string;
  readonly name: string;
}

/**
 * Carries out an action's writes, in order, each with a bounded number of calls whatever
 * the number of rows. A tab named by a write but missing is skipped (setup creates tabs first).
 * Returns the copies made.
 */
export function applyWrites(
  ss: Spreadsheet,
  writes: readonly WriteOp[],
  user: string,
  known: ReadonlyMap<string, Sheet> = new Map(),
): MadeCopy[] {
  const copies: MadeCopy[] = [];
  const sheets = new Map<string, Sheet | null>(known);
  const sheetOf = (name: string): Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, ss.getSheetByName(name));
    return sheets.get(name) ?? null;
  };
  for (const op of writes) {
    switch (op.kind) {
      case "cells":
        withSheet(sheetOf(op.sheet), (s) => writeCells(s, op));
        break;
      case "fill":
        withSheet(sheetOf(op.sheet), (s) => fill(s, op));
        break;
      case "insertRows":
        withSheet(sheetOf(op.sheet), (s) => s.insertRowsAfter(op.after, op.count));
        break;
      case "validation":
        withSheet(sheetOf(op.sheet), (s) => validate(s, op));
        break;
      case "report":
        sheets.set(op.report.name, writeReport(ss, op.report));
        break;
      case "setup":
        applySetup(ss, op.plan);
        sheets.clear();
        break;
      case "log":
        appendLog(ss, { user, action: op.action, detail: op.detail });
        break;
      case "property":
        documentProperties().setProperty(op.key, op.value);
        break;
      case "clear":
        withSheet(sheetOf(op.sheet), (s) => clear(s, op));
        break;
      case "deleteTab":
        withSheet(sheetOf(op.sheet), (s) => ss.deleteSheet(s));
        sheets.delete(op.sheet);
        break;
      case "copy": {
        const copy = ss.copy(op.name);
        copies.push({ id: copy.getId(), url: copy.getUrl(), name: op.name });
        copies.push(...applyWrites(copy, op.writes, user));
        break;
      }
    }
  }
  return copies;
}

function clear(sheet: Sheet, op: ClearOp): void {
  if (op.rows < 1 || op.columns < 1) return;
  const range = sheet.getRange(op.row, op.column, op.rows, op.columns);
  if (op.contents) range.clearContent();
  if (op.fill) range.setBackground(null);
}

function withSheet(sheet: Sheet | null, work: (sheet: Sheet) => void): void {
  if (sheet) work(sheet);
}

function writeCells(sheet: Sheet, op: CellsOp): void {
  const width = op.values[0]?.length ?? 0;
  if (width === 0) return;
  ensureSize(sheet, op.row + op.values.length - 1, op.column + width - 1);
  sheet.getRange(op.row, op.column, op.values.length, width).setValues(toSheetRows(op.values));
}

function fill(sheet: Sheet, op: FillOp): void {
  const width = op.colors[0]?.length ?? 0;
  if (width === 0) return;
  sheet.getRange(op.row, op.column, op.colors.length, width).setBackgrounds(op.colors.map((r) => [...r]));
}

/** Invalid input is accepted with a warning mark, never rejected: a pasted block goes in whole. */
function validate(sheet: Sheet, op: ValidationOp): void {
  const rows = op.rows ?? sheet.getMaxRows() - op.row + 1;
  if (rows < 1) return;
  const rule = SpreadsheetApp.newDataValidation()
    .requireFormulaSatisfied(op.formula)
    .setAllowInvalid(true)
    .setHelpText(op.help)
    .build();
  sheet.getRange(op.row, op.column, rows, 1).setDataValidation(rule);
}
