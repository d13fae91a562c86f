import { cellText } from "../../cell";
import { REG, SUBJECT } from "../../contract/workbook";
import { columnRuns, type RowRecord, withRuns } from "../../registration-form/row-records";
import type { RowRef } from "../../registration-form/schema";
import { checkClusterTab, fingerprint, rowFindings } from "../../registration-form/tab-check";
import type { Failure, WriteResult } from "../../registration-form/types";
import { DATA_HEADERS } from "../../rules/registrations/registration";
import { type Grid, toTable } from "../../table";
import { nameKey } from "../../text/name-key";
import type { Outcome } from "../action";
import { entryLabel } from "./labels";
import type { SidebarScope } from "./scope";
import { rowsOfUnit, unitsOf } from "./unit-rows";
import { refusal, standing, statusOfTab, userCells } from "./write-result";

/** A row's data cells as text, for the sidebar's messages and the log. */
export type RowValues = Readonly<Record<string, string>>;

export interface RowChange {
  /** The new cells, from the row's current values. */
  readonly cells: (old: RowValues) => RowRecord;
  readonly log: (old: RowValues, record: RowRecord) => { action: string; detail: string; message: string };
}

/**
 * Changes one existing row in place: only the named columns are written, after checking that
 * the whole row (the office's own columns included) still holds what the user saw.
 */
export function changeRow(scope: SidebarScope, ref: RowRef, change: RowChange): Outcome<WriteResult> {
  const { grid } = scope;
  const stale = staleRow(grid, ref);
  if (stale) return { result: stale, writes: [] };
  const cells = grid.values[ref.row - 1] ?? [];
  const table = toTable(grid);
  const old: RowValues = Object.fromEntries(
    DATA_HEADERS.map((h) => {
      const c = table.col(h);
      return [h, c === undefined ? "" : cellText(cells[c]).trim()];
    }),
  );
  const record = change.cells(old);
  const runs = columnRuns(scope.header, [record]);
  const after = withRuns(grid, ref.row, runs);
  const check = checkClusterTab(after, scope.cluster, scope.index);
  const isCollective = nameKey(old[REG.subject] ?? "") === nameKey(SUBJECT.collective);
  const label = isCollective ? entryLabel("", null) : `Cá nhân ${old[REG.person] || `ở dòng ${ref.row}`}`;
  const refused = refusal(
    check,
    [ref.row],
    () => label,
    () => 0,
  );
  if (refused) return { result: refused, writes: [] };
  const text = change.log(old, record);
  const findings = rowFindings(check, [ref.row]);
  const { state, details } = standing(findings, () => label);
  const unit = unitsOf(scope.cluster, scope.index).find(
    (u) => nameKey(u.name) === nameKey(old[REG.unit] ?? ""),
  );
  return {
    result: {
      ok: true,
      state,
      message: text.message,
      details,
      rows: [{ row: ref.row, status: check.statusRows[ref.row - 2]?.text ?? "" }],
      findings,
      registrations: unit ? rowsOfUnit(unit, after, check) : [],
    },
    writes: [
      ...userCells(grid.name, ref.row, runs),
      ...statusOfTab(scope, check, after),
      { kind: "log", action: text.action, detail: text.detail },
    ],
  };
}

/** The refusal of a change to a row that no longer holds what the user saw; null when it does. */
export function staleRow(grid: Grid, ref: RowRef): Failure | null {
  const cells = grid.values[ref.row - 1];
  if (cells && fingerprint(cells) === ref.fingerprint) return null;
  return {
    ok: false,
    code: "STALE",
    message: `Dòng này của trang '${grid.name}' đã thay đổi kể từ khi bạn mở biểu mẫu (có thể do người khác sửa, hoặc các dòng đã bị xếp lại). Chưa ghi gì. Hãy bấm 'Tải lại' để xem dữ liệu mới rồi thử lại.`,
  };
}

/** `Đơn vị: X; Họ và tên: Y; …` of the non-blank values, for `Nhật ký`. */
export const describeValues = (values: RowValues): string =>
  DATA_HEADERS.filter((h) => values[h])
    .map((h) => `${h}: ${values[h]}`)
    .join("; ");
