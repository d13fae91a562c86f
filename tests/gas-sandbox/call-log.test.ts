import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

describe("counting service calls", () => {
  it("records each call in order as Service.method", () => {
    const sandbox = loadBundle(
      `
      function run() {
        var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A");
        var a = sheet.getRange(1, 1);
        var b = sheet.getRange(2, 1);
        var c = sheet.getRange("A1:B2");
        c.setValues([[1, 2], [3, 4]]);
        return SpreadsheetApp.ProtectionType.SHEET;
      }`,
      { tabs: { A: [] } },
    );
    sandbox.call("run");
    const { calls } = sandbox.services;
    expect(calls.count("Sheet.getRange")).toBe(3);
    expect(calls.count("Range.setValues")).toBe(1);
    expect(calls.count("Range")).toBe(1);
    expect(calls.methods).toEqual([
      "SpreadsheetApp.getActiveSpreadsheet",
      "Spreadsheet.getSheetByName",
      "Sheet.getRange",
      "Sheet.getRange",
      "Sheet.getRange",
      "Range.setValues",
    ]);
  });

  it("does not count what a fake does inside one call, nor reads of enums", () => {
    const sandbox = loadBundle(
      `
      function run() { SpreadsheetApp.getActive().getSheetByName("A").getDataRange().getValues(); return SpreadsheetApp.DataValidationCriteria; }`,
      {
        tabs: { A: [["x"]] },
      },
    );
    sandbox.call("run");
    expect(sandbox.services.calls.count()).toBe(4);
  });

  it("shows that a per-cell loop grows with rows while a block write does not", () => {
    const sandbox = loadBundle(`
      function perCell(n) { var s = SpreadsheetApp.getActiveSheet(); for (var i = 1; i <= n; i++) s.getRange(i, 1).setValue(i); }
      function block(n) { var rows = []; for (var i = 1; i <= n; i++) rows.push([i]); SpreadsheetApp.getActiveSheet().getRange(1, 1, n, 1).setValues(rows); }`);
    const { calls } = sandbox.services;
    sandbox.call("perCell", 50);
    expect(calls.count()).toBe(101);
    calls.reset();
    sandbox.call("block", 50);
    expect(calls.summary()).toEqual({
      "SpreadsheetApp.getActiveSheet": 1,
      "Sheet.getRange": 1,
      "Range.setValues": 1,
    });
  });

  it("lets tests inspect the fakes without recording calls", () => {
    const sandbox = loadBundle("function noop() {}");
    const { calls, spreadsheet } = sandbox.services;
    calls.untracked(() => spreadsheet.getActiveSheet().getRange("A1").getValue());
    expect(calls.count()).toBe(0);
  });

  it("runs a hook once, as script code, just before the next matching call (a hand edit between a read and a write)", () => {
    const sandbox = loadBundle(
      `
      function run() {
        var sheet = SpreadsheetApp.getActive().getSheetByName("A");
        var seen = sheet.getRange("A1").getValue();
        sheet.getRange("B1").setValue(seen);
        sheet.getRange("B2").setValue(seen);
      }`,
      { tabs: { A: [["old"]] } },
    );
    const { calls, spreadsheet } = sandbox.services;
    calls.beforeNext("Range.setValue", () => {
      spreadsheet.getSheetByName("A")!.getRange("A1").setValue("typed meanwhile");
    });
    sandbox.call("run");
    const a = spreadsheet.getSheetByName("A")!;
    expect(calls.untracked(() => a.getRange("A1:B2").getValues())).toEqual([
      ["typed meanwhile", "old"],
      ["", "old"],
    ]);
    expect(calls.methods.filter((m) => m === "Range.setValue")).toHaveLength(3);
  });
});
