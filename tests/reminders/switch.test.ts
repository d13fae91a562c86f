import { describe, expect, it } from "vitest";
import { SETTING } from "../../src/core/contract/workbook";
import {
  ADMIN,
  actAs,
  at,
  HEAD1,
  logLines,
  menu,
  recipientsByDay,
  remindersWorkbook,
  reminderTriggers,
} from "./reminders-workbook";

const ADMIN2 = "canbo2@sontay.example.vn";

describe("Bật nhắc việc / Tắt nhắc việc", () => {
  it("appear in the submenu Nhắc việc qua e-mail and run top-level functions", () => {
    const wb = remindersWorkbook();
    wb.sb.call("onOpen");
    const root = wb.sb.services.ui.menus.find((m) => m.caption === "Thi đua – Khen thưởng");
    const sub = root?.entries.find((e) => e.type === "submenu" && e.caption === "Nhắc việc qua e-mail");
    expect(sub?.type === "submenu" ? sub.entries : []).toEqual([
      { type: "item", caption: "Bật nhắc việc", functionName: "turnOnReminders" },
      { type: "item", caption: "Tắt nhắc việc", functionName: "turnOffReminders" },
    ]);
    for (const name of ["turnOnReminders", "turnOffReminders", "sendReminders"])
      expect(wb.sb.has(name)).toBe(true);
  });

  it("keep one daily trigger however often reminders are turned on", () => {
    const wb = remindersWorkbook();
    menu(wb, "turnOnReminders");
    const again = menu(wb, "turnOnReminders");
    expect(again).toContain("Nhắc việc qua e-mail đã bật từ trước: vẫn chỉ có một lịch chạy mỗi ngày.");
    expect(reminderTriggers(wb)).toHaveLength(1);
    const fired = wb.sb.runTriggers(at("17/02", "12:00"));
    expect(fired.map((f) => f.at)).toEqual([at("15/02"), at("16/02"), at("17/02")]);
  });

  it("remove only the reminders' trigger when turned off, and no mail goes after", () => {
    const wb = remindersWorkbook();
    menu(wb, "turnOnReminders");
    wb.sb.services.scriptApp.newTrigger("checkData").timeBased().everyDays(1).atHour(20).create();
    wb.sb.runTriggers(at("21/02", "12:00"));
    expect(Object.keys(recipientsByDay(wb))).toEqual(["21/02"]);
    const alert = menu(wb, "turnOffReminders");
    expect(alert).toContain("Đã tắt nhắc việc qua e-mail: từ nay tiện ích không gửi thư nhắc việc nào nữa.");
    expect(reminderTriggers(wb)).toHaveLength(0);
    expect(wb.sb.services.scriptApp.triggers.map((t) => t._handler)).toEqual(["checkData"]);
    wb.sb.runTriggers(at("07/03", "12:00"));
    // Without Tắt nhắc việc, 25/02, 27/02, 02/03 and 04/03 would have had mail (daily-run.test.ts).
    expect(Object.keys(recipientsByDay(wb))).toEqual(["21/02"]);
    expect(menu(wb, "turnOffReminders")).toContain("Nhắc việc qua e-mail đang tắt: không có gì thay đổi.");
  });

  it("log each switch in Nhật ký under the admin's name", () => {
    const wb = remindersWorkbook();
    menu(wb, "turnOnReminders");
    menu(wb, "turnOffReminders");
    const lines = logLines(wb).filter((l) => l[1] === "Bật nhắc việc" || l[1] === "Tắt nhắc việc");
    expect(lines).toEqual([
      [
        ADMIN,
        "Bật nhắc việc",
        "Nhắc việc hằng ngày lúc 7 giờ, trước hạn 7, 3, 1 ngày; lần nhắc tới 21/02/2020.",
      ],
      [ADMIN, "Tắt nhắc việc", "Đã tắt nhắc việc qua e-mail."],
    ]);
  });

  it("are refused to someone who is not in Email quản trị, and change nothing", () => {
    const wb = remindersWorkbook();
    actAs(wb, HEAD1);
    expect(menu(wb, "turnOnReminders")).toContain(
      "Chỉ cán bộ Phòng Nội vụ có tên trong mục 'Email quản trị'",
    );
    expect(reminderTriggers(wb)).toHaveLength(0);
    actAs(wb, ADMIN);
    menu(wb, "turnOnReminders");
    actAs(wb, HEAD1);
    expect(menu(wb, "turnOffReminders")).toContain("Chỉ cán bộ Phòng Nội vụ");
    expect(reminderTriggers(wb)).toHaveLength(1);
  });

  it("refuse to turn on while Nhắc việc trước (ngày) names no day, saying what to fill in", () => {
    const wb = remindersWorkbook();
    wb.setSetting(SETTING.reminderDays, null);
    const alert = menu(wb, "turnOnReminders");
    expect(alert).toContain("Mục 'Nhắc việc trước (ngày)' trong trang Cấu hình đang trống");
    expect(alert).toContain("ví dụ '7, 3, 1'");
    expect(reminderTriggers(wb)).toHaveLength(0);
  });

  it("leave one sender when a second admin turns reminders on: the first admin's trigger retires unsent", () => {
    const wb = remindersWorkbook();
    wb.setSetting(SETTING.adminEmails, `${ADMIN}, ${ADMIN2}`);
    menu(wb, "turnOnReminders");
    actAs(wb, ADMIN2);
    menu(wb, "turnOnReminders");
    const fired = wb.sb.runTriggers(at("21/02", "12:00"));
    expect(fired.filter((f) => f.user === ADMIN)).toHaveLength(1); // ran once, removed itself
    expect(reminderTriggers(wb).map((t) => t._owner.user)).toEqual([ADMIN2]);
    const sent = wb.sb.services.mail.sent;
    expect(new Set(sent.map((m) => m.from))).toEqual(new Set([ADMIN2]));
    expect(recipientsByDay(wb)["21/02"]).toHaveLength(new Set(sent.flatMap((m) => m.to)).size);
    expect(logLines(wb).some((l) => l[0] === ADMIN && l[2]?.startsWith("Nhắc việc đã được bật lại"))).toBe(
      true,
    );
  });

  it("stop the mails when another admin turns them off, though that admin cannot see the trigger", () => {
    const wb = remindersWorkbook();
    wb.setSetting(SETTING.adminEmails, `${ADMIN}, ${ADMIN2}`);
    menu(wb, "turnOnReminders");
    actAs(wb, ADMIN2);
    const alert = menu(wb, "turnOffReminders");
    expect(alert).toContain(`Lịch chạy hằng ngày do ${ADMIN} tạo sẽ tự gỡ ở lần chạy tới mà không gửi thư.`);
    wb.sb.runTriggers(at("07/03", "12:00"));
    expect(wb.sb.services.mail.sent).toEqual([]);
    expect(reminderTriggers(wb)).toHaveLength(0);
  });

  it("stop the mails of an admin who has since left Email quản trị", () => {
    const wb = remindersWorkbook();
    menu(wb, "turnOnReminders");
    wb.setSetting(SETTING.adminEmails, ADMIN2);
    wb.sb.runTriggers(at("07/03", "12:00"));
    expect(wb.sb.services.mail.sent).toEqual([]);
    expect(reminderTriggers(wb)).toHaveLength(0);
    expect(logLines(wb).at(-1)?.[2]).toContain(
      `${ADMIN} không còn trong mục 'Email quản trị': nhắc việc dừng`,
    );
  });
});
