import { describe, expect, it } from "vitest";
import { clusterTabName, REG } from "../../src/core/contract/workbook";
import { cleanWorkbook, individual, UNITS } from "../../tools/fixtures/clean-workbook";
import { editEvent, typeInto } from "../../tools/gas-sandbox";

const TAB3 = clusterTabName("3");
const UNIT3 = UNITS.find((u) => u.cluster === "3")!.name;

describe("the live check never overwrites a formula", () => {
  it("keeps =A1 in Ngày đăng ký and =… in Người nhập of a row typed by hand, and still checks the row", () => {
    const wb = cleanWorkbook();
    const row = wb.append(TAB3, { ...individual(UNIT3, "Người Có Công Thức", "Lao động tiên tiến") });
    const sheet = wb.sheet(TAB3);
    const date = wb.untracked(() => sheet.getRange(row, wb.col(TAB3, REG.date)));
    const by = wb.untracked(() => sheet.getRange(row, wb.col(TAB3, REG.enteredBy)));
    wb.untracked(() => {
      date.setFormula("=A1");
      by.setFormula('=IF(TRUE;"";"")');
    });
    const title = wb.untracked(() => sheet.getRange(row, wb.col(TAB3, REG.title)));
    wb.sb.call("onEdit", typeInto(title, "Lao động tiên tiến"));
    wb.sb.call("onEdit", editEvent(wb.untracked(() => sheet.getRange(row, 1, 1, wb.headers(TAB3).length))));
    expect(wb.untracked(() => date.getFormula())).toBe("=A1");
    expect(wb.untracked(() => by.getFormula())).toBe('=IF(TRUE;"";"")');
    expect(wb.status(TAB3, row)).toMatch(/DK11/);
  });
});
