import { describe, expect, it } from "vitest";
import { clusterTabName, REG } from "../../src/core/contract/workbook";
import { cleanWorkbook, codesIn, UNITS } from "../../tools/fixtures/clean-workbook";
import { typeInto } from "../../tools/gas-sandbox";

const TAB3 = clusterTabName("3");
const UNIT3 = UNITS.find((u) => u.cluster === "3")!.name;

describe("Kiểm tra dữ liệu racing a hand edit and its live check", () => {
  it("keeps the newer live status (and highlight) of a row edited while it ran, and writes every other row", () => {
    const wb = cleanWorkbook();
    const edited = wb.findRow(TAB3, REG.unit, UNIT3) + 1;
    const other = edited + 1;
    const sheet = wb.sheet(TAB3);
    // Stale statuses the check must replace, on both rows.
    wb.set(TAB3, edited, REG.status, "cũ");
    wb.set(TAB3, other, REG.status, "cũ");
    wb.sb.services.calls.beforeNext("Range.setValues", () => {
      // The check has read the workbook; a head retypes a title and onEdit checks the row.
      const cell = wb.untracked(() => sheet.getRange(edited, wb.col(TAB3, REG.title)));
      wb.sb.call("onEdit", typeInto(cell, "Danh hiệu không có"));
    });
    const calls = wb.sb.services.calls;
    calls.reset();
    wb.checkData();
    expect(codesIn(wb.status(TAB3, edited))).toEqual(["DK07"]);
    expect(wb.status(TAB3, other)).toBe("Hợp lệ");
    const fill = (row: number) => wb.untracked(() => sheet.getRange(row, 1).getBackground());
    expect(fill(edited)).toBe("#f4cccc");
    expect(fill(other)).toBe("#ffffff");
    // The guard re-reads each status block once: 10 cluster tabs, Hồ sơ cụm, Chuyên đề, Tiến độ.
    expect(calls.count("Range.getBackgrounds")).toBe(13);
  });
});
