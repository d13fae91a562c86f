import { REG } from "../../core/contract/workbook";
import { withdrawSchema } from "../../core/registration-form/schema";
import type { WriteResult } from "../../core/registration-form/types";
import { DATA_HEADERS } from "../../core/rules/registrations/registration";
import { lockedWrite } from "./locked-write";
import { changeRow, describeValues } from "./row-change";

/**
 * google.script.run: withdraws one registration after the user confirmed it in
 * the sidebar. The row's data cells are cleared (the row itself and the
 * office's own columns stay), and `Nhật ký` keeps every old value.
 */
export function withdrawRegistration(payload: unknown): WriteResult {
  return lockedWrite(withdrawSchema, payload, (scope, input) =>
    changeRow(
      scope,
      input,
      () => Object.fromEntries([...DATA_HEADERS, REG.status].map((h) => [h, ""])),
      (old) => ({
        action: "Rút đăng ký (biểu mẫu)",
        detail: `${scope.grid.name} dòng ${input.row} — giá trị cũ: ${describeValues(old)}.`,
        message: `Đã rút đăng ký ở dòng ${input.row} của trang '${scope.grid.name}'. Giá trị cũ được lưu trong trang 'Nhật ký'.`,
      }),
    ),
  );
}
