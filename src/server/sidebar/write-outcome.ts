import { writeTabStatus } from "../../adapter/registrations/cluster-tab";
import { SEVERITY } from "../../core/findings/finding";
import { unitOptions } from "../../core/registration-form/build-context";
import { rowFindings, type TabCheck } from "../../core/registration-form/tab-check";
import type { Failure, WriteSuccess } from "../../core/registration-form/types";
import { nameKey } from "../../core/text/name-key";
import { failure } from "./failures";
import type { WriteScope } from "./locked-write";

/**
 * Errors that keep a row out of the sheet: anything the user can fix in the
 * form. A late registration (DK12) is written and flagged, since lateness is a
 * fact the office must see, not a typing mistake.
 */
export function refusal(check: TabCheck, rows: readonly number[], firstRow: number): Failure | null {
  const errors = rowFindings(check, rows).filter((f) => f.severity === SEVERITY.error && f.code !== "DK12");
  if (errors.length === 0) return null;
  return failure(
    "REFUSED",
    `Chưa ghi: còn ${errors.length} lỗi cần sửa trước khi gửi.\n${errors.map((f) => `${f.code}: ${f.message}`).join("\n")}`,
    { findings: errors.map((f) => ({ ...f, row: f.row - firstRow })) },
  );
}

/** After the rows are written: the status column, then the unit's rows as the sidebar lists them. */
export function written(
  scope: WriteScope,
  check: TabCheck,
  unitName: string,
  rows: readonly number[],
  message: string,
): WriteSuccess {
  writeTabStatus(scope.sheet, scope.header, check.statusRows);
  const unit = unitOptions(scope.cluster, scope.index, check).find(
    (u) => nameKey(u.name) === nameKey(unitName),
  );
  return {
    ok: true,
    message,
    rows: rows.map((row) => ({ row, status: check.statusRows[row - 2]?.text ?? "" })),
    findings: rowFindings(check, rows),
    registrations: unit?.registrations ?? [],
  };
}
