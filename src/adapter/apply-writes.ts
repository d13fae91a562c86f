import { isPlanTimeZone } from "../core/dates";
import type { CreatedDocument } from "../core/documents/dialog-html";
import { describeMailRun } from "../core/reminders/describe-run";
import type { ClearOp, WriteOp } from "../core/use-cases/write-plan";
import { appendLog } from "./append-log";
import { fill, validate, writeCells, writeStatus } from "./apply-cells";
import { applySetup } from "./apply-setup";
import { createDocument } from "./documents/create-document";
import { resolveFolder } from "./documents/resolve-folder";
import { applyProtection } from "./protections";
import { sheetNamed } from "./read-snapshot";
import { sendMails } from "./send-mails";
import { documentProperties } from "./services";
import { PLAN_ZONE, type SheetZone, sheetZone } from "./sheet-zone";
import { applyTrigger } from "./triggers";
import { writeReport } from "./write-report";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A spreadsheet a write made (a `copy`): where the user finds it. */
interface MadeCopy {
  readonly id: string;
  readonly url: string;
  readonly name: string;
}

/** What carrying out the writes made that the use case could not know: documents' files, spreadsheets' copies. */
export interface AppliedWrites {
  readonly documents: readonly Omit<CreatedDocument, "name" | "sheet">[];
  readonly copies: readonly MadeCopy[];
}

/**
 * Carries out an action's writes, in order, each with a bounded number of calls whatever the
 * number of rows. A tab named by a write but missing is skipped (setup creates tabs first). The
 * Drive folders of documents are opened first: one that cannot be refuses the whole action.
 * `zone`: the spreadsheet's, as the action read it (dates are written as the cells will show).
 */
export function applyWrites(
  ss: Spreadsheet,
  writes: readonly WriteOp[],
  user: string,
  zone: SheetZone = PLAN_ZONE,
  known: ReadonlyMap<string, Sheet> = new Map(),
): AppliedWrites {
  const folders = writes.map((op) => (op.kind === "document" ? resolveFolder(ss, op.folderId) : null));
  const documents: AppliedWrites["documents"][number][] = [];
  const copies: MadeCopy[] = [];
  let at = zone;
  let lastReport: Sheet | null = null;
  const sheets = new Map<string, Sheet | null>(known);
  const sheetOf = (name: string): Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, sheetNamed(ss, name)?.sheet ?? null);
    return sheets.get(name) ?? null;
  };
  const onSheet = (name: string, work: (sheet: Sheet) => void) => {
    const sheet = sheetOf(name);
    if (sheet) work(sheet);
  };
  for (const [i, op] of writes.entries()) {
    switch (op.kind) {
      case "cells":
        onSheet(op.sheet, (s) => writeCells(s, op, at));
        break;
      case "fill":
        onSheet(op.sheet, (s) => fill(s, op));
        break;
      case "status":
        onSheet(op.sheet, (s) => writeStatus(s, op, at));
        break;
      case "insertRows":
        onSheet(op.sheet, (s) => s.insertRowsAfter(op.after, op.count));
        break;
      case "validation":
        onSheet(op.sheet, (s) => validate(s, op));
        break;
      case "protect":
        onSheet(op.sheet, (s) => applyProtection(s, op));
        break;
      case "report":
        lastReport = writeReport(ss, op.report);
        sheets.set(op.report.name, lastReport);
        break;
      case "document": // its charts are drawn from the report tab just written with the same content
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
      case "timeZone":
        ss.setSpreadsheetTimeZone(op.zone);
        at = isPlanTimeZone(op.zone) ? PLAN_ZONE : sheetZone(ss);
        break;
      case "clear":
        onSheet(op.sheet, (s) => clear(s, op));
        break;
      case "deleteTab":
        onSheet(op.sheet, (s) => ss.deleteSheet(s));
        sheets.delete(op.sheet);
        break;
      case "copy": {
        const copy = ss.copy(op.name);
        copies.push({ id: copy.getId(), url: copy.getUrl(), name: op.name });
        copies.push(...applyWrites(copy, op.writes, user, at).copies);
        break;
      }
    }
  }
  return { documents, copies };
}

function clear(sheet: Sheet, op: ClearOp): void {
  if (op.rows < 1 || op.columns < 1) return;
  const range = sheet.getRange(op.row, op.column, op.rows, op.columns);
  if (op.contents) range.clearContent();
  if (op.fill) range.setBackground(null);
}
