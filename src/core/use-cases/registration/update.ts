import { REG, SUBJECT } from "../../contract/workbook";
import type { RowRecord } from "../../registration-form/row-records";
import type { RowUpdate } from "../../registration-form/schema";
import type { WriteResult } from "../../registration-form/types";
import { nameKey } from "../../text/name-key";
import { cleanText } from "../../text/normalize";
import type { Outcome } from "../action";
import { changeRow } from "./change-row";
import type { SidebarScope } from "./scope";

const EDITABLE = [REG.person, REG.position, REG.title, REG.initiative];

/**
 * `updateRegistration`: corrects one row in place (name, position, title, initiative). Unit,
 * subject, `Ngày đăng ký` and `Người nhập` stay; `Nhật ký` keeps the old and new values.
 */
export function updateRegistration(scope: SidebarScope, input: RowUpdate): Outcome<WriteResult> {
  return changeRow(scope, input, {
    cells: (old): RowRecord => {
      const title = scope.index.title(input.title)?.name ?? cleanText(input.title);
      if (nameKey(old[REG.subject] ?? "") === nameKey(SUBJECT.collective)) {
        return { [REG.title]: title, [REG.initiative]: cleanText(input.initiative) };
      }
      return {
        [REG.person]: cleanText(input.person),
        [REG.position]: cleanText(input.position),
        [REG.title]: title,
        [REG.initiative]: cleanText(input.initiative),
      };
    },
    log: (old, record) => {
      const changes = EDITABLE.filter((h) => h in record && String(record[h]) !== (old[h] ?? "")).map(
        (h) => `${h}: '${old[h] ?? ""}' → '${String(record[h])}'`,
      );
      const no = old[REG.no] ? `STT ${old[REG.no]}, ` : "";
      return {
        action: "Sửa đăng ký (biểu mẫu)",
        detail: `${scope.grid.name} dòng ${input.row} (${old[REG.unit]}): ${changes.join("; ") || "không đổi"}.`,
        message: `Đã sửa đăng ký (${no}dòng ${input.row} của trang '${scope.grid.name}').`,
      };
    },
  });
}
