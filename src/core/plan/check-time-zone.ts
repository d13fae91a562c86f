import { isPlanTimeZone, PLAN_TIME_ZONE } from "../dates";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { quote } from "../text/quote";

/**
 * BT03 when the spreadsheet's time zone is not the plan's: Sheets keeps a typed date as a day
 * of the spreadsheet's zone, so east of GMT+7 a deadline typed 28/02 is an instant of 27/02 in
 * Asia/Ho_Chi_Minh, and a registration on the deadline day would be late. The add-on reads
 * dates as the cells show them meanwhile; setup sets the plan's zone.
 */
export function checkTimeZone(timeZone: string): Finding[] {
  if (!timeZone || isPlanTimeZone(timeZone)) return [];
  return [
    error(
      "BT03",
      { sheet: null, row: null },
      `Múi giờ của bảng tính là ${quote(timeZone)}, không phải ${PLAN_TIME_ZONE} (GMT+7) của kế hoạch: ` +
        "ngày giờ do tiện ích ghi (ngày đăng ký, nhật ký) hiển thị lệch, và ngày gõ tay có thể bị đọc sai một ngày. " +
        `Hãy chạy Khởi tạo / cập nhật bảng tính để đặt múi giờ ${PLAN_TIME_ZONE} (các ngày đã nhập giữ nguyên như đang hiển thị), ` +
        "hoặc chọn múi giờ (GMT+07:00) trong Tệp › Cài đặt.",
    ),
  ];
}
