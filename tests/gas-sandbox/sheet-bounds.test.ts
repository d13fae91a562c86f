import { describe, expect, it } from "vitest";
import { createServices, snapshot } from "../../tools/gas-sandbox";

const sheetOf = () => {
  const { spreadsheet } = createServices({ tabs: { Data: [["a", "b"]] } });
  return { spreadsheet, sheet: spreadsheet.getSheets()[0]! };
};

describe("the last row and column of a tab", () => {
  it("follow every write, clear and structural edit", () => {
    const { sheet } = sheetOf();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 2]);
    sheet.getRange("D5").setValue("x");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 4]);
    sheet.insertRowsBefore(1, 2);
    sheet.insertColumnsBefore(1, 1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 5]);
    sheet.getRange("E7").clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    sheet.deleteRows(1, 2);
    sheet.deleteColumns(1, 1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 2]);
    sheet.getRange("A1:B1").setBackground("#ff0000");
    expect(sheet.getLastRow()).toBe(1);
    sheet.clear();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.appendRow(["c", "d", "e"]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 3]);
  });

  it("cost one scan per tab: a stray cell at Z20000 dumps in a moment, not in minutes", () => {
    const { spreadsheet, sheet } = sheetOf();
    sheet.insertRowsAfter(1000, 19_000);
    for (let r = 2; r <= 2000; r++) sheet.getRange(r, 1, 1, 3).setValues([[r, "x", "y"]]);
    sheet.getRange("Z20000").setValue("lạc");
    const start = performance.now();
    const rows = snapshot(spreadsheet).Data!;
    for (let i = 0; i < 1000; i++) sheet.getDataRange();
    expect(performance.now() - start).toBeLessThan(3000);
    expect([rows.length, rows[0]!.length, rows[19_999]![25]]).toEqual([20_000, 26, "lạc"]);
  });
});
