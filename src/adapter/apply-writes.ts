import type { Cell } from "../core/cell";
import { isPlanTimeZone } from "../core/dates";
import { guardedStatus } from "../core/use-cases/guard-status";
import type { CellsOp, FillOp, StatusOp, ValidationOp, WriteOp } from "../core/use-cases/write-plan";
import { appendLog } from "./append-log";
import { applySetup } from "./apply-setup";
import { sheetNamed } from "./read-snapshot";
import { documentProperties } from "./services";
import { ensureSize, writeBlock } from "./sheet-values";
import { PLAN_ZONE, type SheetZone, sheetZone, zonedValues } from "./sheet-zone";
import { writeReport } from "./write-report";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Carries out an action's writes, in order, each with a bounded number of calls whatever
 * the number of rows. A tab named by a write but missing is skipped (setup creates tabs first).
 * `zone`: the spreadsheet's, as the action read it (dates are written as the cells will show).
 */
export function applyWrites(
  ss: Spreadsheet,
  writes: readonly WriteOp[],
  user: string,
  zone: SheetZone = PLAN_ZONE,
  known: ReadonlyMap<string, Sheet> = new Map(),
): void {
  let at = zone;
  const sheets = new Map<string, Sheet | null>(known);
  const sheetOf = (name: string): Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, sheetNamed(ss, name)?.sheet ?? null);
    return sheets.get(name) ?? null;
  };
  for (const op of writes) {
    switch (op.kind) {
      case "cells":
        withSheet(sheetOf(op.sheet), (s) => writeCells(s, op, at));
        break;
      case "fill":
        withSheet(sheetOf(op.sheet), (s) => fill(s, op));
        break;
      case "status":
        withSheet(sheetOf(op.sheet), (s) => writeStatus(s, op, at));
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
      case "timeZone":
        ss.setSpreadsheetTimeZone(op.zone);
        at = isPlanTimeZone(op.zone) ? PLAN_ZONE : sheetZone(ss);
        break;
    }
  }
}

function withSheet(sheet: Sheet | null, work: (sheet: Sheet) => void): void {
  if (sheet) work(sheet);
}

function writeCells(sheet: Sheet, op: CellsOp, zone: SheetZone): void {
  const width = op.values[0]?.length ?? 0;
  if (width === 0) return;
  ensureSize(sheet, op.row + op.values.length - 1, op.column + width - 1);
  writeBlock(sheet.getRange(op.row, op.column, op.values.length, width), op.values, op.userText, zone);
}

function fill(sheet: Sheet, op: FillOp): void {
  const width = op.colors[0]?.length ?? 0;
  if (width === 0) return;
  sheet.getRange(op.row, op.column, op.colors.length, width).setBackgrounds(op.colors.map((r) => [...r]));
}

/** A status block, re-read just before it is written: rows changed meanwhile keep what they hold. */
function writeStatus(sheet: Sheet, op: StatusOp, zone: SheetZone): void {
  // Rows deleted meanwhile are gone: the block stops at the sheet's end.
  const height = Math.min(op.texts.length, sheet.getMaxRows() - op.row + 1);
  if (height < 1 || op.width < 1) return;
  const block = sheet.getRange(op.row, 1, height, op.width);
  const now = zonedValues(block.getValues() as Cell[][], zone);
  const { texts, colors } = guardedStatus(op, now, block.getBackgrounds());
  writeBlock(sheet.getRange(op.row, op.column, texts.length, 1), texts);
  block.setBackgrounds(colors);
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
