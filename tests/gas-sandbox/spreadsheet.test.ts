import { describe, expect, it } from "vitest";
import { createServices, editEvent, snapshot, typeInto } from "../../tools/gas-sandbox";

describe("the spreadsheet", () => {
  it("lists tabs in order and returns null for a missing one", () => {
    const { spreadsheet } = createServices({ tabs: { "Cấu hình": [], "Đơn vị": [] } });
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Cấu hình", "Đơn vị"]);
    expect(spreadsheet.getSheetByName("Nhật ký")).toBeNull();
  });

  it("refuses a second tab with the same name with Apps Script's message", () => {
    const { spreadsheet } = createServices({ tabs: { "Đơn vị": [] } });
    expect(() => spreadsheet.insertSheet("Đơn vị")).toThrow(
      'A sheet with the name "Đơn vị" already exists. Please enter another name.',
    );
  });

  it("inserts a tab at an index and makes it active", () => {
    const { spreadsheet } = createServices({ tabs: { A: [], B: [] } });
    const sheet = spreadsheet.insertSheet("Nhật ký", 1);
    expect(sheet.getIndex()).toBe(2);
    expect(spreadsheet.getActiveSheet().getName()).toBe("Nhật ký");
    expect(new Set(spreadsheet.getSheets().map((s) => s.getSheetId())).size).toBe(3);
  });

  it("resolves 'Tab name'!A1 notation on the spreadsheet", () => {
    const { spreadsheet } = createServices({ tabs: { A: [], "Cụm thi đua": [["Số cụm"], ["GD1"]] } });
    expect(spreadsheet.getRange("'Cụm thi đua'!A1:A2").getValues()).toEqual([["Số cụm"], ["GD1"]]);
  });

  it("reports the Asia/Ho_Chi_Minh time zone and records toasts", () => {
    const { spreadsheet } = createServices();
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Ho_Chi_Minh");
    spreadsheet.toast("Đã kiểm tra", "Sổ thi đua", 5);
    expect(spreadsheet.toasts).toEqual([{ msg: "Đã kiểm tra", title: "Sổ thi đua", timeoutSeconds: 5 }]);
  });

  it("keeps formats, notes and validations readable", () => {
    const { spreadsheet, app } = createServices({ tabs: { A: [] } });
    const range = spreadsheet.getSheetByName("A")!.getRange("A1:B1");
    const rule = app.newDataValidation().requireValueInList(["Xã", "Phường"]).setAllowInvalid(false).build();
    range
      .setBackgrounds([["#ff0000", "#00ff00"]])
      .setFontWeight("bold")
      .setNotes([["n1", ""]]);
    range.setDataValidation(rule as never);
    expect(range.getBackgrounds()).toEqual([["#ff0000", "#00ff00"]]);
    expect(range.getFontWeights()).toEqual([["bold", "bold"]]);
    expect(range.getNotes()).toEqual([["n1", ""]]);
    expect(range.getDataValidations()[0]?.[1]?.getCriteriaValues()).toEqual([["Xã", "Phường"], true]);
    expect(spreadsheet.getSheetByName("A")!.getRange("C1").getBackground()).toBe("#ffffff");
    range.clearDataValidations();
    expect(range.getDataValidation()).toBeNull();
  });

  it("stores charts with their ranges and options", () => {
    const { spreadsheet } = createServices({
      tabs: {
        R: [
          ["Cụm", "Điểm"],
          ["1", 90],
        ],
      },
    });
    const sheet = spreadsheet.getSheetByName("R")!;
    const chart = sheet
      .newChart()
      .setChartType("BAR" as never)
      .addRange(sheet.getRange("A1:B2") as never)
      .setPosition(1, 4, 0, 0)
      .setOption("title", "Điểm")
      .build();
    sheet.insertChart(chart as never);
    const [stored] = sheet.getCharts();
    expect(stored?.spec.chartType).toBe("BAR");
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B2"]);
    expect(stored?.getOptions().get("title")).toBe("Điểm");
  });

  it("snapshots every tab's values for before/after comparisons without counting calls", () => {
    const { spreadsheet, calls } = createServices({ tabs: { A: [["x", 1]], B: [] } });
    expect(snapshot(spreadsheet)).toEqual({ A: [["x", 1]], B: [] });
    expect(calls.count()).toBe(0);
  });

  it("builds onEdit events shaped like Apps Script's", () => {
    const { spreadsheet } = createServices({ tabs: { A: [["old"]] }, user: "u@x.vn" });
    const range = spreadsheet.getSheetByName("A")!.getRange("A1");
    const event = typeInto(range, "new");
    expect(event).toMatchObject({ authMode: "LIMITED", value: "new", oldValue: "old", source: spreadsheet });
    expect(event.user.getEmail()).toBe("u@x.vn");
    expect(range.getValue()).toBe("new");
    expect("value" in editEvent(range)).toBe(false);
  });
});
