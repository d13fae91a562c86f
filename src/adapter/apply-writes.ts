import type { CreatedDocument } from "../core/documents/dialog-html";
import { describeMailRun } from "../core/reminders/describe-run";
import type { CellsOp, FillOp, ValidationOp, WriteOp } from "../core/use-cases/write-plan";
import { appendLog } from "./append-log";
import { applySetup } from "./apply-setup";
import { createDocument } from "./documents/create-document";
import { resolveFolder } from "./documents/resolve-folder";
import { applyProtection } from "./protections";
import { sendMails } from "./send-mails";
import { documentProperties } from "./services";
import { ensureSize, toSheetRows } from "./sheet-values";
import { applyTrigger } from "./triggers";
import { writeReport } from "./write-report";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What carrying out the writes made that the use case could not know: the documents' files. */
export interface AppliedWrites {
  readonly documents: readonly Omit<CreatedDocument, "name" | "sheet">[];
}

/**
 * Carries out an action's writes, in order, each with a bounded number of calls whatever
 * the number of rows. A tab named by a write but missing is skipped (setup creates tabs first).
 * The Drive folders of documents are opened first: one that cannot be refuses the whole action.
 */
export function applyWrites(
  ss: Spreadsheet,
  writes: readonly WriteOp[],
  user: string,
  known: ReadonlyMap<string, Sheet> = new Map(),
): AppliedWrites {
  const folders = writes.map((op) => (op.kind === "document" ? resolveFolder(ss, op.folderId) : null));
  const documents: AppliedWrites["documents"][number][] = [];
  let lastReport: Sheet | null = null;
  const sheets = new Map<string, Sheet | null>(known);
  const sheetOf = (name: string): Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, ss.getSheetByName(name));
    return sheets.get(name) ?? null;
  };
  for (const [i, op] of writes.entries()) {
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
        lastReport = writeReport(ss, op.report);
        sheets.set(op.report.name, lastReport);
        break;
      case "document":
        // Its charts are drawn from the report tab just written with the same content.
        documents.push(
          createDocument(op.model, folders[i] as NonNullable<(typeof folders)[number]>, lastReport),
        );
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
      case "trigger":
        applyTrigger(op);
        break;
      case "mail":
        appendLog(ss, { user, action: op.action, detail: describeMailRun(op, sendMails(op)) });
        break;
      case "protect":
        withSheet(sheetOf(op.sheet), (s) => applyProtection(s, op));
        break;
    }
  }
  return { documents };
}

function withSheet(sheet: Sheet | null, work: (sheet: Sheet) => void): void {
  if (sheet) work(sheet);
}

function writeCells(sheet: Sheet, op: CellsOp): void {
  const width = op.values[0]?.length ?? 0;
  if (width === 0) return;
  if (!op.inside) ensureSize(sheet, op.row + op.values.length - 1, op.column + width - 1);
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
