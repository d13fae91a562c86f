import { SETTING } from "../contract/workbook";
import type { MenuItem, Submenu } from "./menu";

export const REMINDERS_ON: MenuItem = {
  caption: "Bật nhắc việc",
  run: "turnOnReminders",
  who: "admin",
  help:
    `(Quản trị) Mỗi sáng tiện ích gửi e-mail nhắc việc vào các ngày đặt ở mục '${SETTING.reminderDays}' trước một hạn: ` +
    "cụm trưởng nhận các đơn vị chưa đăng ký, hồ sơ cụm còn thiếu, điểm còn thiếu của cụm mình; quản trị nhận các nhiệm vụ " +
    "quá hạn, sắp đến hạn của trang Tiến độ. Thư gửi từ tài khoản người bật, mỗi người nhiều nhất một thư mỗi ngày, ghi vào Nhật ký.",
};
export const REMINDERS_OFF: MenuItem = {
  caption: "Tắt nhắc việc",
  run: "turnOffReminders",
  who: "admin",
  help: "(Quản trị) Dừng gửi e-mail nhắc việc: gỡ lịch chạy hằng ngày. Bật lại bất cứ lúc nào.",
};

/** The admin's submenu of the e-mail reminders. */
export const REMINDERS_MENU: Submenu = {
  submenu: "Nhắc việc qua e-mail",
  items: [REMINDERS_ON, REMINDERS_OFF],
};
