import { describe, expect, it } from "vitest";
import { REG, RESULT } from "../../src/core/contract/workbook";
import { TITLES } from "../../tools/fixtures/clean-workbook";
import { typeInto } from "../../tools/gas-sandbox";
import { rowOf } from "./helpers";
import { LE_LOI, madeYearEnd, NGO_QUYEN_PEOPLE } from "./made-year-end";

// Typing a result in a cluster tab (the dropdowns of the year-end columns) runs no live check:
// a blank `Ngày đăng ký` is not stamped with a December date, and the row's status stays as the
// last `Kiểm tra dữ liệu` wrote it. Editing a registration cell still checks the row at once.

const TAB1 = "Cụm 1";

describe("typing in the year-end columns", () => {
  it("stamps nothing and leaves the status to Kiểm tra dữ liệu", () => {
    const wb = madeYearEnd();
    const row = rowOf(wb, TAB1, "UBND phường Ngô Quyền", TITLES.ldtt, NGO_QUYEN_PEOPLE[4]);
    wb.set(TAB1, row, REG.date, null);
    wb.checkData();
    const status = wb.status(TAB1, row);
    expect(status).toContain("KT08: ");
    const cell = wb.untracked(() => wb.sheet(TAB1).getRange(row, wb.col(TAB1, RESULT.outcome)));
    const event = typeInto(cell, "Đạt");
    wb.sb.services.calls.reset();
    wb.sb.call("onEdit", event);
    expect(wb.get(TAB1, row, REG.date)).toBe("");
    expect(wb.status(TAB1, row)).toBe(status);
    expect(wb.sb.services.calls.count("Range.setValues")).toBe(0);
  });

  it("still checks the row at once when a registration cell is edited", () => {
    const wb = madeYearEnd();
    const row = rowOf(wb, TAB1, LE_LOI, TITLES.ldtt, "Trần Văn Bình");
    const cell = wb.untracked(() => wb.sheet(TAB1).getRange(row, wb.col(TAB1, REG.title)));
    wb.sb.call("onEdit", typeInto(cell, "Danh hiệu lạ"));
    expect(wb.status(TAB1, row)).toMatch(/^DK07: /);
  });
});
