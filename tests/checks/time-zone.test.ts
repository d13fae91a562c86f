import { describe, expect, it } from "vitest";
import { clusterTabName, REG, SETTING } from "../../src/core/contract/workbook";
import { codesIn, individual } from "../../tools/fixtures/clean-workbook";
import { editEvent } from "../../tools/gas-sandbox";
import {
  ADMIN,
  actAs,
  individual as person,
  run,
  sidebarWorkbook,
  submission,
  UNIT3,
} from "../sidebar/sidebar-workbook";

const TAB3 = clusterTabName("3");
/** 10:00 in Hà Nội on the deadline day, 28/02/2020. */
const DEADLINE_DAY = new Date("2020-02-28T03:00:00Z");

/** A workbook whose spreadsheet is set to another zone, with the deadline typed there as 28/02/2020. */
function zonedWorkbook(zone: string) {
  const wb = sidebarWorkbook();
  wb.untracked(() => wb.ss.setSpreadsheetTimeZone(zone));
  wb.sb.setNow(DEADLINE_DAY);
  wb.setSetting(SETTING.deadline, "28/02/2020");
  return wb;
}

const display = (wb: ReturnType<typeof sidebarWorkbook>, row: number) =>
  wb.untracked(() => wb.sheet(TAB3).getRange(row, wb.col(TAB3, REG.date)).getDisplayValue());

describe.each(["Asia/Tokyo", "America/New_York"])(
  "a spreadsheet in another time zone than the script's (%s)",
  (zone) => {
    const wb = zonedWorkbook(zone);
    // A row typed by hand with the deadline's date, one stamped by the live check, one sent by the sidebar.
    const typed = wb.append(TAB3, individual(UNIT3, "Người Gõ Ngày", "Lao động tiên tiến"));
    wb.set(TAB3, typed, REG.date, "28/02/2020");
    const stamped = wb.append(TAB3, {
      ...individual(UNIT3, "Người Được Đóng Dấu", "Lao động tiên tiến"),
      [REG.date]: "",
    });
    wb.sb.call("onEdit", editEvent(wb.untracked(() => wb.sheet(TAB3).getRange(stamped, 1, 1, 10))));
    const sent = run<{ ok: boolean; rows: { row: number }[] }>(
      wb,
      "submitRegistrations",
      submission(UNIT3, [person("Người Gửi Biểu Mẫu")]),
    );
    actAs(wb, ADMIN); // the office's check: the whole workbook and its BC Kiểm tra
    wb.checkData();
    const bt03 = wb.reportLines().filter((l) => l.includes("BT03"));

    it("reads every date as its cell shows it: nothing registered on the deadline day is DK12", () => {
      expect(sent.ok).toBe(true);
      const rows = [typed, stamped, sent.rows[0]!.row];
      for (const row of rows) {
        expect(display(wb, row), `row ${row}`).toBe("28/02/2020");
        expect(codesIn(wb.status(TAB3, row)), `row ${row}`).not.toContain("DK12");
      }
    });

    it("is a BT03 finding naming the zone and how to fix it", () => {
      expect(bt03).toHaveLength(1);
      expect(bt03[0]).toContain(zone);
      expect(bt03[0]).toContain("Khởi tạo / cập nhật bảng tính");
    });

    it("is set to Asia/Ho_Chi_Minh by setup, every date still showing the same day, and the BT03 goes", () => {
      actAs(wb, ADMIN);
      wb.sb.call("setupWorkbook");
      expect(wb.sb.services.ui.alerts.at(-1)?.prompt).toContain("Asia/Ho_Chi_Minh");
      expect(wb.untracked(() => wb.ss.getSpreadsheetTimeZone())).toBe("Asia/Ho_Chi_Minh");
      wb.checkData();
      expect(wb.reportLines().filter((l) => l.includes("BT03"))).toEqual([]);
      for (const row of [typed, stamped, sent.rows[0]!.row]) {
        expect(display(wb, row)).toBe("28/02/2020");
        expect(codesIn(wb.status(TAB3, row))).not.toContain("DK12");
      }
    });
  },
);

describe("the live check after setup changes the spreadsheet's time zone", () => {
  it("drops the setup tabs cached in the old zone: a row typed next reads the deadline as its cell shows it", () => {
    const wb = zonedWorkbook("Asia/Tokyo");
    actAs(wb, ADMIN);
    wb.checkData(); // caches the setup tabs, read in Asia/Tokyo
    wb.sb.call("setupWorkbook"); // sets Asia/Ho_Chi_Minh
    const row = wb.append(TAB3, {
      ...individual(UNIT3, "Người Gõ Sau", "Lao động tiên tiến"),
      [REG.date]: "",
    });
    wb.sb.call("onEdit", editEvent(wb.untracked(() => wb.sheet(TAB3).getRange(row, 1, 1, 10))));
    expect(display(wb, row)).toBe("28/02/2020");
    expect(codesIn(wb.status(TAB3, row))).not.toContain("DK12");
  });
});
