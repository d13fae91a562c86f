import { describe, expect, it } from "vitest";
import { loadBundle, snapshot } from "../../tools/gas-sandbox";

const OWNER = "owner@x.vn";
const script = `
  function prepare() {
    var ss = SpreadsheetApp.getActive();
    var sheet = ss.getSheetByName("Đơn vị");
    sheet.getRange("C2").setFormula('=HYPERLINK("https://x.vn";"Mở")');
    sheet.getRange("B2").setNumberFormat("@").setNote("ghi chú");
    sheet.getRange("A2").setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(["GD1", "GD2"]).build());
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 300);
    sheet.getRange("A1:C1").protect().setDescription("tiêu đề").removeEditors(["clerk@x.vn"]);
    PropertiesService.getDocumentProperties().setProperty("seeded", "yes");
    ScriptApp.newTrigger("remind").timeBased().everyDays(1).atHour(7).create();
  }
  function nextYear() {
    var copy = SpreadsheetApp.getActive().copy("Sổ thi đua 2021");
    return [copy.getId(), copy.getName(), copy.getUrl().indexOf(copy.getId()) > 0];
  }`;

describe("Spreadsheet.copy", () => {
  const setUp = () => {
    const sandbox = loadBundle(script, {
      tabs: {
        "Đơn vị": [
          ["Mã", "Tên", "Link"],
          ["GD1", "'007"],
        ],
        "Cấu hình": [["Năm", 2020]],
      },
      owner: OWNER,
      user: OWNER,
    });
    sandbox.call("prepare");
    const [id, name, urlHasId] = sandbox.call("nextYear") as [string, string, boolean];
    const copy = sandbox.services.drive.store.files.get(id);
    return { sandbox, id, name, urlHasId, copy };
  };

  it("makes a new spreadsheet with its own id, the given name, in the original's folder", () => {
    const { sandbox, id, name, urlHasId, copy } = setUp();
    const original = sandbox.services.calls.untracked(() => sandbox.services.spreadsheet.getId());
    expect(id).not.toBe(original);
    expect([name, urlHasId, copy?.name, copy?.mimeType]).toEqual([
      "Sổ thi đua 2021",
      true,
      "Sổ thi đua 2021",
      "application/vnd.google-apps.spreadsheet",
    ]);
    expect(copy?.parents).toEqual(sandbox.services.drive.store.files.get(original)?.parents);
  });

  it("copies every tab's values, formulas, formats, notes, validations, frozen rows, widths and protections", () => {
    const { sandbox, id } = setUp();
    const { calls, spreadsheet, app } = sandbox.services;
    const copied = calls.untracked(() => app.openById(id));
    expect(snapshot(copied, { formulas: true })).toEqual(snapshot(spreadsheet, { formulas: true }));
    calls.untracked(() => {
      const sheet = copied.getSheetByName("Đơn vị")!;
      expect(sheet.getRange("B2").getNumberFormat()).toBe("@");
      expect(sheet.getRange("B2").getNote()).toBe("ghi chú");
      expect(sheet.getRange("A2").getDataValidation()?.getCriteriaValues()).toEqual([["GD1", "GD2"], true]);
      expect([sheet.getFrozenRows(), sheet.getColumnWidth(2)]).toEqual([1, 300]);
      const [protection] = sheet.getProtections("RANGE" as never);
      expect([protection?.getDescription(), protection?.getRange().getA1Notation()]).toEqual([
        "tiêu đề",
        "A1:C1",
      ]);
      sandbox.services.env.user = "clerk@x.vn";
      expect(() => sheet.getRange("A1").setValue("x")).toThrow("protected cell");
    });
  });

  it("does not copy the document properties nor the installable triggers", () => {
    const { sandbox, id } = setUp();
    expect(sandbox.services.properties.document.getProperty("seeded")).toBe("yes");
    expect(sandbox.services.properties.documentStoreOf(id).getKeys()).toEqual([]);
    expect(sandbox.services.scriptApp.triggers.map((t) => t.getTriggerSourceId())).toEqual([null]);
  });

  it("leaves the original untouched when the copy changes", () => {
    const { sandbox } = setUp();
    const { calls, spreadsheet } = sandbox.services;
    const before = snapshot(spreadsheet);
    calls.untracked(() => spreadsheet.copy("c").getSheetByName("Đơn vị")!.getRange("A2").setValue("changed"));
    expect(snapshot(spreadsheet)).toEqual(before);
  });
});
