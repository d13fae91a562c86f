import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

const CODE = `
function read() {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.getSheetByName("A");
  sheet.getDataRange().getValues();
  sheet.getFrozenRows();
  PropertiesService.getDocumentProperties().getProperties();
  PropertiesService.getUserProperties().setProperty("last", "x");
  CacheService.getUserCache().put("k", "v");
  ss.toast("Xin chào");
}
function writeCell() { SpreadsheetApp.getActive().getSheetByName("A").getRange("B2").setValue("mới"); }
function freeze() { SpreadsheetApp.getActive().getSheetByName("A").setFrozenColumns(2); }
function addTab() { SpreadsheetApp.getActive().insertSheet("B"); }
function remember() { PropertiesService.getDocumentProperties().setProperty("k", "v"); }
`;

describe("the sandbox's change counter", () => {
  const sandbox = () => loadBundle(CODE, { tabs: { A: [["x"]] } });

  it("does not move when a script only reads, toasts, caches or keeps user properties", () => {
    const sb = sandbox();
    const before = sb.services.env.changes.count;
    sb.call("read");
    expect(sb.services.env.changes.count).toBe(before);
  });

  it("moves on a cell write, a layout change, a new tab and a document property", () => {
    for (const name of ["writeCell", "freeze", "addTab", "remember"]) {
      const sb = sandbox();
      const before = sb.services.env.changes.count;
      sb.call(name);
      expect(sb.services.env.changes.count, name).toBeGreaterThan(before);
    }
  });
});

describe("a tab's sheet id", () => {
  it("can be restored as it was, and is never handed out again to a new tab", () => {
    const sb = loadBundle(CODE, { tabs: {} });
    const ss = sb.services.spreadsheet;
    const kept = ss._addSheet("Cụm 1", 0, 987654);
    expect(kept.getSheetId()).toBe(987654);
    const clash = ss._addSheet("Cụm 2", 1, 987654);
    expect(clash.getSheetId()).not.toBe(987654);
    sb.call("addTab");
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(3);
    expect(Math.min(...ids.filter((id) => id !== 987654))).toBeGreaterThan(987654);
  });
});
