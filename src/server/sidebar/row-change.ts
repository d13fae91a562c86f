import { writeRuns } from "../../adapter/registrations/cluster-tab";
import { cellText } from "../../core/cell";
import { REG } from "../../core/contract/workbook";
import { columnRuns, type RowRecord, withRuns } from "../../core/registration-form/row-records";
import type { RowRef } from "../../core/registration-form/schema";
import { checkClusterTab, fingerprint } from "../../core/registration-form/tab-check";
import type { WriteResult } from "../../core/registration-form/types";
import { DATA_HEADERS } from "../../core/rules/registrations/registration";
import { toTable } from "../../core/table";
import { failure } from "./failures";
import type { WriteScope } from "./locked-write";
import { refusal, written } from "./write-outcome";

/** The row's data cells as text, for the sidebar's messages and the log. */
export type RowValues = Readonly<Record<string, string>>;

/**
 * Changes one existing row in place: only the named columns are written (as
 * few adjacent blocks as possible), after checking that the row still holds
 * what the user saw. `change` gets the row's current values and returns the
 * new cells.
 */
export function changeRow(
  scope: WriteScope,
  ref: RowRef,
  change: (old: RowValues) => RowRecord,
  describe: (old: RowValues, record: RowRecord) => { action: string; detail: string; message: string },
): WriteResult {
  const table = toTable(scope.grid);
  const found = table.rows.find((r) => r.rowNumber === ref.row);
  if (!found || fingerprint((h) => table.get(found, h)) !== ref.fingerprint) {
    return failure(
      "STALE",
      `Dòng ${ref.row} của trang '${scope.grid.name}' đã thay đổi kể từ khi bạn mở biểu mẫu (có thể do người khác sửa). Chưa ghi gì. Hãy bấm 'Tải lại' để xem dữ liệu mới rồi thử lại.`,
    );
  }
  const old: RowValues = Object.fromEntries(
    DATA_HEADERS.map((h) => [h, cellText(table.get(found, h)).trim()]),
  );
  const record = change(old);
  const runs = columnRuns(scope.header, [record]);
  const check = checkClusterTab(withRuns(scope.grid, ref.row, runs), scope.cluster, scope.index);
  const refused = refusal(check, [ref.row], ref.row);
  if (refused) return refused;
  writeRuns(scope.sheet, ref.row, scope.header.length, runs);
  const text = describe(old, record);
  scope.log(text.action, text.detail);
  return written(scope, check, old[REG.unit] ?? "", [ref.row], text.message);
}

/** `Đơn vị: X; Họ và tên: Y; …` of the non-blank values, for `Nhật ký`. */
export const describeValues = (values: RowValues): string =>
  DATA_HEADERS.filter((h) => values[h])
    .map((h) => `${h}: ${values[h]}`)
    .join("; ");
