import { describe, expect, it } from "vitest";
import { clusterTabName, REG } from "../../src/core/contract/workbook";
import { editEvent, typeInto } from "../../tools/gas-sandbox";
import { dump, individual, rowsOf, run, sidebarWorkbook, submission, UNIT3 } from "./sidebar-workbook";

const TAB3 = clusterTabName("3");
/** The first write of an execution: whatever it is, the row below is typed before it. */
const FIRST_WRITE = /^(Range\.(setValues?|setBackgrounds?)|Sheet\.(insertRows?\w*|appendRow))$/;

describe("a submission racing a row typed by hand", () => {
  it("keeps both: the typed row is pushed down, never overwritten, and keeps its own status", () => {
    const wb = sidebarWorkbook();
    const last = wb.lastRow(TAB3);
    const typed = {
      [REG.unit]: UNIT3,
      [REG.subject]: "Cá nhân",
      [REG.person]: "Người Gõ Tay",
      [REG.position]: "Văn thư",
      [REG.title]: "Lao động tiên tiến",
    };
    const calls = wb.sb.services.calls;
    calls.beforeNext(FIRST_WRITE, () => {
      // The submission has read the tab; a head types a row below the last one, and onEdit runs.
      const row = wb.writeRows(TAB3, [typed], last + 1);
      const range = wb.untracked(() => wb.sheet(TAB3).getRange(row, 1, 1, wb.headers(TAB3).length));
      wb.sb.call("onEdit", editEvent(range));
    });
    const mine = submission(UNIT3, [individual("Lê Thị Biểu"), individual("Phạm Văn Mẫu")]);
    const result = run<{ ok: boolean; rows: { row: number }[] }>(wb, "submitRegistrations", mine);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.rows.map((r) => r.row)).toEqual([last + 1, last + 2]);

    const rows = rowsOf(wb, TAB3);
    expect(rows.slice(last - 1).map((r) => r[REG.person])).toEqual([
      "Lê Thị Biểu",
      "Phạm Văn Mẫu",
      "Người Gõ Tay",
    ]);
    const hand = rows[last + 1]!;
    expect(hand).toMatchObject(typed);
    expect(String(hand[REG.status])).not.toBe("");
    expect(hand[REG.enteredBy]).not.toBe("");
  });

  it("leaves the live status of a row edited by hand meanwhile, rewriting the tab's other statuses", () => {
    const wb = sidebarWorkbook();
    const edited = 3;
    wb.set(TAB3, edited + 1, REG.status, "cũ");
    wb.sb.services.calls.beforeNext(FIRST_WRITE, () => {
      const cell = wb.untracked(() => wb.sheet(TAB3).getRange(edited, wb.col(TAB3, REG.title)));
      wb.sb.call("onEdit", typeInto(cell, "Danh hiệu không có"));
    });
    const result = run(wb, "submitRegistrations", submission(UNIT3, [individual("Lê Thị Đồng Thời")]));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(wb.status(TAB3, edited)).toMatch(/^DK07: /);
    expect(wb.status(TAB3, edited + 1)).toBe("Hợp lệ");
  });
});

describe("a correction or withdrawal names its row by every cell", () => {
  it("is refused when only the office's own column of the row changed since the form was opened", () => {
    const wb = sidebarWorkbook();
    const rows = run<{ registrations: { row: number; fingerprint: string }[] }>(wb, "getUnitRegistrations", {
      cluster: "3",
      unit: UNIT3,
    }).registrations;
    const target = rows[1]!;
    const own = wb.headers(TAB3).length + 1;
    wb.untracked(() => wb.sheet(TAB3).getRange(target.row, own).setValue("ghi chú của văn phòng"));
    const before = dump(wb);
    const result = run(wb, "withdrawRegistration", {
      cluster: "3",
      row: target.row,
      fingerprint: target.fingerprint,
    });
    expect(result).toMatchObject({ ok: false, code: "STALE" });
    expect(dump(wb)).toEqual(before);
  });
});
