import { cellText } from "../../cell";
import { STATUS_HEADER } from "../../contract/workbook";
import { SEVERITY } from "../../findings/finding";
import type { ColumnRun } from "../../registration-form/row-records";
import type { TabCheck } from "../../registration-form/tab-check";
import { rowFindings } from "../../registration-form/tab-check";
import type { Failure, RowFinding, WriteState } from "../../registration-form/types";
import type { Grid } from "../../table";
import { headerKey } from "../../text/normalize";
import { statusBlock } from "../status-writes";
import type { WriteOp } from "../write-plan";
import { findingLine } from "./labels";
import type { SidebarScope } from "./scope";

/**
 * The write policy of the sidebar, one place: an error the user can fix in the form keeps the
 * rows out of the sheet; an error that states a fact the office must see is written and the
 * result says the row will not count. Today that is DK12 (registered after the deadline): the
 * date is the server's, so no correction in the form can change it.
 */
const WRITTEN_DESPITE = new Set<string>(["DK12"]);

/** What to do about a row written despite an error, by code. */
const NEXT_STEP: Record<string, string> = {
  DK12: "Đăng ký vẫn được lưu để Phòng Nội vụ nắm được; nếu có lý do chính đáng, hãy báo Phòng Nội vụ.",
};

/** The refusal of a write, when one of its rows has an error the form can fix; null otherwise. */
export function refusal(
  check: TabCheck,
  rows: readonly number[],
  labelOf: (row: number) => string,
  indexOf: (row: number) => number,
): Failure | null {
  const errors = rowFindings(check, rows).filter(
    (f) => f.severity === SEVERITY.error && !WRITTEN_DESPITE.has(f.code),
  );
  if (errors.length === 0) return null;
  return {
    ok: false,
    code: "REFUSED",
    message: `Chưa ghi gì vào bảng tính: còn ${errors.length} lỗi cần sửa trong biểu mẫu.\n${errors.map((f) => findingLine(labelOf(f.row), f)).join("\n")}`,
    findings: errors.map((f) => ({ ...f, row: indexOf(f.row) })),
  };
}

/** How written rows stand, with one line per finding (who, why, what to do). */
export function standing(
  findings: readonly RowFinding[],
  labelOf: (row: number) => string,
): { state: WriteState; details: string[] } {
  const errors = findings.filter((f) => f.severity === SEVERITY.error);
  const warnings = findings.filter((f) => f.severity === SEVERITY.warning);
  const line = (f: RowFinding) =>
    `${findingLine(labelOf(f.row), f)}${NEXT_STEP[f.code] ? ` ${NEXT_STEP[f.code]}` : ""}`;
  if (errors.length > 0) return { state: "not-counted", details: [...errors, ...warnings].map(line) };
  if (warnings.length > 0) return { state: "attention", details: warnings.map(line) };
  return { state: "valid", details: [] };
}

/**
 * After rows are written: the tab's status column and highlights rewritten from the check of
 * the tab as it now is (`after`), except on a row a user changed meanwhile (its live check's
 * status is newer).
 */
export function statusOfTab(scope: SidebarScope, check: TabCheck, after: Grid): WriteOp[] {
  const column = scope.header.findIndex((h) => headerKey(cellText(h)) === headerKey(STATUS_HEADER)) + 1;
  return statusBlock(scope.grid.name, 2, column, scope.header.length, check.statusRows, after.values);
}

/** The form's cells written from `row` on, kept as the user typed them (text Sheets would re-type stays text). */
export const userCells = (sheet: string, row: number, runs: readonly ColumnRun[]): WriteOp[] =>
  runs.map((run) => ({ kind: "cells", sheet, row, column: run.column, values: run.rows, userText: true }));
