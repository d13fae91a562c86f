import { describe, expect, it } from "vitest";
import { createServices } from "../../tools/gas-sandbox";

function cellAfterTyping(input: unknown, now?: Date) {
  const { spreadsheet } = createServices({ tabs: { Data: [] }, ...(now ? { now } : {}) });
  const range = spreadsheet.getSheetByName("Data")!.getRange("A1");
  range.setValue(input);
  return { value: range.getValue(), formula: range.getFormula(), display: range.getDisplayValue(), range };
}

describe("strings written with setValue(s) are parsed like typed input in a vi_VN spreadsheet", () => {
  it("turns text starting with = into a formula and reads '' as its value", () => {
    const cell = cellAfterTyping("=SUM(B1:B3)");
    expect(cell.formula).toBe("=SUM(B1:B3)");
    expect(cell.value).toBe("");
  });

  it("evaluates HYPERLINK with either separator to its label", () => {
    expect(cellAfterTyping('=HYPERLINK("https://x.vn/a";"Mở")').value).toBe("Mở");
    const cell = cellAfterTyping('=HYPERLINK("https://x.vn/a","Open")');
    expect(cell.value).toBe("Open");
    expect(cell.range.getRichTextValue()?.getLinkUrl()).toBe("https://x.vn/a");
  });

  it("loses leading zeros of numeric text", () => {
    expect(cellAfterTyping("007").value).toBe(7);
  });

  it("reads the vi_VN decimal comma", () => {
    expect(cellAfterTyping("1,5").value).toBe(1.5);
  });

  it("turns a valid dd/mm/yyyy into a Date at local midnight", () => {
    const value = cellAfterTyping("28/02/2020").value as Date;
    expect(Object.prototype.toString.call(value)).toBe("[object Date]");
    expect([value.getFullYear(), value.getMonth(), value.getDate(), value.getHours()]).toEqual([
      2020, 1, 28, 0,
    ]);
    expect(value.toISOString()).toBe("2020-02-27T17:00:00.000Z");
  });

  it("accepts d/m/yyyy too", () => {
    expect((cellAfterTyping("1/3/2020").value as Date).getDate()).toBe(1);
  });

  it("keeps an impossible date such as 31/02/2020 as text", () => {
    expect(cellAfterTyping("31/02/2020").value).toBe("31/02/2020");
  });

  it("keeps text after a leading apostrophe, without the apostrophe", () => {
    const cell = cellAfterTyping("'=1+1");
    expect(cell.value).toBe("=1+1");
    expect(cell.formula).toBe("");
    expect(cellAfterTyping("'007").value).toBe("007");
  });

  it("turns TRUE and FALSE in any case into booleans", () => {
    expect(cellAfterTyping("TRUE").value).toBe(true);
    expect(cellAfterTyping("false").value).toBe(false);
  });

  it("keeps ordinary text as text", () => {
    expect(cellAfterTyping("Phường Lê Lợi").value).toBe("Phường Lê Lợi");
  });

  it("stores non-string values as they are and null as empty", () => {
    expect(cellAfterTyping(42).value).toBe(42);
    expect(cellAfterTyping(null).value).toBe("");
  });

  it("keeps numeric text as text in a cell formatted as plain text (@)", () => {
    const { spreadsheet } = createServices({ tabs: { Data: [] } });
    const range = spreadsheet.getSheetByName("Data")!.getRange("A1");
    range.setNumberFormat("@").setValue("007");
    expect(range.getValue()).toBe("007");
  });

  it.each([
    ["1.000", 1000],
    ["1.000.000", 1_000_000],
    ["1.000,5", 1000.5],
    ["-5", -5],
    ["+5", 5],
    ["(5)", -5],
    ["(1,5)", -1.5],
    ["5%", 0.05],
    ["1,5%", 0.015],
    ["1e3", 1000],
    ["1,5E-2", 0.015],
    ["1 1/2", 1.5],
    ["$5", 5],
    ["5 $", 5],
    ["5 ₫", 5],
    ["5đ", 5],
    ["-$5", -5],
  ])("reads %s as the number %s", (input, expected) => {
    expect(cellAfterTyping(input).value).toBe(expected);
  });

  it.each(["1.5", "1.50", "1.000e3", "5 5", "1/0", "--5", "GD1"])("keeps %s as text", (input) => {
    expect(cellAfterTyping(input).value).toBe(input);
  });

  it("turns h:mm into a time: a Date on 30/12/1899 in the spreadsheet's zone, shown as HH:mm:ss", () => {
    const cell = cellAfterTyping("12:30");
    const value = cell.value as Date;
    expect(Object.prototype.toString.call(value)).toBe("[object Date]");
    expect([
      value.getFullYear(),
      value.getMonth(),
      value.getDate(),
      value.getHours(),
      value.getMinutes(),
    ]).toEqual([1899, 11, 30, 12, 30]);
    expect(cell.display).toBe("12:30:00");
  });

  it("turns h:mm:ss into a time with seconds, and keeps 12:60 as text", () => {
    const value = cellAfterTyping("12:30:15").value as Date;
    expect([value.getHours(), value.getMinutes(), value.getSeconds()]).toEqual([12, 30, 15]);
    expect(cellAfterTyping("12:60").value).toBe("12:60");
  });

  it("reads d/m as a day of the current year by the sandbox clock: 1/2 is 1 February", () => {
    const value = cellAfterTyping("1/2", new Date("2021-06-15T03:00:00Z")).value as Date;
    expect([value.getFullYear(), value.getMonth(), value.getDate()]).toEqual([2021, 1, 1]);
    expect(cellAfterTyping("31/2").value).toBe("31/2");
  });

  it("reads d/m/yyyy h:mm as a date and time, and yyyy-mm-dd as a date", () => {
    const stamp = cellAfterTyping("28/02/2020 10:05");
    expect((stamp.value as Date).toISOString()).toBe("2020-02-28T03:05:00.000Z");
    expect(stamp.display).toBe("28/02/2020 10:05:00");
    expect((cellAfterTyping("2020-02-28").value as Date).toISOString()).toBe("2020-02-27T17:00:00.000Z");
  });

  it("keeps every form above as text after a leading apostrophe or in a cell formatted @", () => {
    const inputs = ["12:30", "(5)", "5%", "1.000", "1/2", "1 1/2", "5đ", "1e3"];
    expect(inputs.map((t) => cellAfterTyping(`'${t}`).value)).toEqual(inputs);
    const { spreadsheet } = createServices({ tabs: { Data: [] } });
    const range = spreadsheet.getSheetByName("Data")!.getRange(1, 1, 1, inputs.length);
    range.setNumberFormat("@").setValues([inputs]);
    expect(range.getValues()).toEqual([inputs]);
  });
});
