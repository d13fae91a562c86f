import type { Cell } from "../core/cell";
import { guardedStatus } from "../core/use-cases/guard-status";
import type { CellsOp, FillOp, StatusOp, ValidationOp } from "../core/use-cases/write-plan";
import { ensureSize, writeBlock } from "./sheet-values";
import type { SheetZone } from "./sheet-zone";
import { zonedValues } from "./sheet-zone";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A block of values: one `setValues` (the sheet grown first unless the block lies inside it). */
export function writeCells(sheet: Sheet, op: CellsOp, zone: SheetZone): void {
  const width = op.values[0]?.length ?? 0;
  if (width === 0) return;
  if (!op.inside) ensureSize(sheet, op.row + op.values.length - 1, op.column + width - 1);
  writeBlock(sheet.getRange(op.row, op.column, op.values.length, width), op.values, op.userText, zone);
}

/** Background colours of a block: one `setBackgrounds`. */
export function fill(sheet: Sheet, op: FillOp): void {
  const width = op.colors[0]?.length ?? 0;
  if (width === 0) return;
  sheet.getRange(op.row, op.column, op.colors.length, width).setBackgrounds(op.colors.map((r) => [...r]));
}

/** A status block, re-read just before it is written: rows changed meanwhile keep what they hold. */
export function writeStatus(sheet: Sheet, op: StatusOp, zone: SheetZone): void {
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
export function validate(sheet: Sheet, op: ValidationOp): void {
  const rows = op.rows ?? sheet.getMaxRows() - op.row + 1;
  if (rows < 1) return;
  const rule = SpreadsheetApp.newDataValidation()
    .requireFormulaSatisfied(op.formula)
    .setAllowInvalid(true)
    .setHelpText(op.help)
    .build();
  sheet.getRange(op.row, op.column, rows, 1).setDataValidation(rule);
}
