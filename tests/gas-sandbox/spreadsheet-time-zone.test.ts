import { describe, expect, it } from "vitest";
import { createServices } from "../../tools/gas-sandbox";

describe("the spreadsheet's time zone", () => {
  it("parses typed dates as midnight of that zone, and a new zone keeps every date cell as it shows", () => {
    const { spreadsheet } = createServices({ tabs: { A: [] } });
    spreadsheet.setSpreadsheetTimeZone("Asia/Tokyo");
    const cell = spreadsheet.getSheetByName("A")!.getRange("A1");
    cell.setValue("28/02/2020");
    expect((cell.getValue() as Date).toISOString()).toBe("2020-02-27T15:00:00.000Z");
    expect(cell.getDisplayValue()).toBe("28/02/2020");
    spreadsheet.setSpreadsheetTimeZone("Asia/Ho_Chi_Minh");
    expect(cell.getDisplayValue()).toBe("28/02/2020");
    expect((cell.getValue() as Date).toISOString()).toBe("2020-02-27T17:00:00.000Z");
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Ho_Chi_Minh");
  });
});
