import { REG, SUBJECT } from "../../core/contract/workbook";
import type { RowRecord } from "../../core/registration-form/row-records";
import { updateSchema } from "../../core/registration-form/schema";
import type { WriteResult } from "../../core/registration-form/types";
import { nameKey } from "../../core/text/name-key";
import { cleanText } from "../../core/text/normalize";
import { lockedWrite } from "./locked-write";
import { changeRow } from "./row-change";

const EDITABLE = [REG.person, REG.position, REG.title, REG.initiative];

/**
 * google.script.run: corrects one registration row in place (name, position,
 * title, initiative). Unit, subject, `Ngày đăng ký` and `Người nhập` stay as
 * they were; the change is logged in `Nhật ký` with the old and new values.
 */
export function updateRegistration(payload: unknown): WriteResult {
  return lockedWrite(updateSchema, payload, (scope, input) =>
    changeRow(
      scope,
      input,
      (old): RowRecord => {
        const collective = nameKey(old[REG.subject] ?? "") === nameKey(SUBJECT.collective);
        const title = scope.index.title(input.title)?.name ?? cleanText(input.title);
        return collective
          ? { [REG.title]: title, [REG.initiative]: cleanText(input.initiative) }
          : {
              [REG.person]: cleanText(input.person),
              [REG.position]: cleanText(input.position),
              [REG.title]: title,
              [REG.initiative]: cleanText(input.initiative),
            };
      },
      (old, record) => {
        const changes = EDITABLE.filter((h) => h in record && String(record[h]) !== (old[h] ?? "")).map(
          (h) => `${h}: '${old[h] ?? ""}' → '${String(record[h])}'`,
        );
        return {
          action: "Sửa đăng ký (biểu mẫu)",
          detail: `${scope.grid.name} dòng ${input.row} (${old[REG.unit]}): ${changes.join("; ") || "không đổi"}.`,
          message: `Đã sửa dòng ${input.row} của trang '${scope.grid.name}'.`,
        };
      },
    ),
  );
}
