import { describe, expect, it } from "vitest";
import { createServices, loadBundle } from "../../tools/gas-sandbox";

const sheetOf = (tabs: Record<string, unknown[][]> = { Data: [] }) => {
  const { spreadsheet } = createServices({ tabs });
  return spreadsheet.getSheets()[0]!;
};

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a throw");
}

describe("ranges and values", () => {
  it("addresses cells 1-based, by numbers and by A1 notation", () => {
    const sheet = sheetOf({
      Data: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    expect(sheet.getRange(1, 1).getValue()).toBe("a");
    expect(sheet.getRange(2, 2).getValue()).toBe("d");
    expect(sheet.getRange("A2:B2").getValues()).toEqual([["c", "d"]]);
    expect(sheet.getRange(1, 2, 2, 1).getA1Notation()).toBe("B1:B2");
  });

  it("creates new tabs with 1000 rows and 26 columns", () => {
    const sheet = sheetOf();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it("reports getLastRow() = 0 and getLastColumn() = 0 on an empty tab, whose data range is A1", () => {
    const sheet = sheetOf();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    expect(sheet.getDataRange().getValues()).toEqual([[""]]);
  });

  it("returns '' for empty cells and keeps numbers, booleans and dates typed", () => {
    const sheet = sheetOf();
    const date = new Date(2020, 1, 28);
    sheet.getRange(1, 1, 1, 4).setValues([[null, 5, true, date]]);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([["", 5, true, date]]);
    expect(sheet.getLastColumn()).toBe(4);
  });

  it("rejects data whose row count differs from the range with Apps Script's message", () => {
    const sheet = sheetOf();
    const error = thrown(() => sheet.getRange(1, 1, 3, 1).setValues([["a"], ["b"]]));
    expect(String(error)).toBe(
      "Exception: The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
    expect(error.message).toBe(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
  });

  it("rejects data whose column count differs from the range with Apps Script's message", () => {
    const sheet = sheetOf();
    expect(String(thrown(() => sheet.getRange(1, 1, 1, 2).setValues([["a", "b", "c"]])))).toBe(
      "Exception: The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
  });

  it("rejects a range outside the sheet's dimensions", () => {
    const sheet = sheetOf();
    const message = "Exception: The coordinates of the range are outside the dimensions of the sheet.";
    expect(String(thrown(() => sheet.getRange(1001, 1)))).toBe(message);
    expect(String(thrown(() => sheet.getRange(1, 1, 1, 27)))).toBe(message);
    expect(String(thrown(() => sheet.getRange("A1:AA1")))).toBe(message);
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getValue()).toBe("");
  });

  it("shows dates as dd/MM/yyyy and decimals with a comma in display values", () => {
    const sheet = sheetOf({ Data: [["28/02/2020", 1.5, 7, true]] });
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([["28/02/2020", "1,5", "7", "TRUE"]]);
  });

  it("shifts cells when rows and columns are inserted or deleted", () => {
    const sheet = sheetOf({
      Data: [
        ["h1", "h2"],
        ["r2", "x"],
        ["r3", "y"],
      ],
    });
    sheet.deleteRows(2, 1);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["h1", "h2"],
      ["r3", "y"],
    ]);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["h1", "", "h2"]]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteColumns(2, 1);
    expect(sheet.getMaxRows()).toBe(999);
  });

  it("returns Dates of the vm realm from getValues", () => {
    const sandbox = loadBundle(`
      function writeAndRead() {
        var range = SpreadsheetApp.getActiveSheet().getRange("A1:B1");
        range.setValues([["28/02/2020", new Date(2020, 0, 1)]]);
        var values = range.getValues();
        return [values[0][0] instanceof Date, values[0][1] instanceof Date, Array.isArray(values) && values instanceof Array];
      }`);
    expect(sandbox.call("writeAndRead")).toEqual([true, true, true]);
    const value = sandbox.services.spreadsheet.getActiveSheet().getRange("A1").getValue();
    expect(value instanceof sandbox.context.Date).toBe(true);
    expect(value instanceof Date).toBe(false);
  });

  it("throws service errors that are Errors of the vm realm, named Exception", () => {
    const sandbox = loadBundle(`
      function catchIt() {
        try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, String(e)]; }
      }`);
    expect(sandbox.call("catchIt")).toEqual([
      true,
      "Exception",
      "Exception: The starting row of the range is too small.",
    ]);
  });
});
