import { describe, expect, it } from "vitest";
import { createServices } from "../../tools/gas-sandbox";

function cellAfterTyping(input: unknown) {
  const { spreadsheet } = createServices({ tabs: { Data: [] } });
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
});
