import { REG } from "../../contract/workbook";
import type { RowRef } from "../../registration-form/schema";
import type { WriteResult } from "../../registration-form/types";
import { DATA_HEADERS } from "../../rules/registrations/registration";
import type { Outcome } from "../action";
import { changeRow, describeValues } from "./change-row";
import type { SidebarScope } from "./scope";

/**
 * `withdrawRegistration`, after the user confirmed it: the row's data cells are cleared (the
 * row itself and the office's own columns stay), and `Nhật ký` keeps every old value.
 */
export function withdrawRegistration(scope: SidebarScope, input: RowRef): Outcome<WriteResult> {
  return changeRow(scope, input, {
    cells: () => Object.fromEntries([...DATA_HEADERS, REG.status].map((h) => [h, ""])),
    log: (old) => ({
      action: "Rút đăng ký (biểu mẫu)",
      detail: `${scope.grid.name} dòng ${input.row} — giá trị cũ: ${describeValues(old)}.`,
      message: `Đã rút đăng ký ở dòng ${input.row} của trang '${scope.grid.name}'. Giá trị cũ được lưu trong trang 'Nhật ký'.`,
    }),
  });
}
