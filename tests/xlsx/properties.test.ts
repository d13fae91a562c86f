import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TAB } from "../../src/core/contract/workbook";
import { addTab, loadBundle, snapshot } from "../../tools/gas-sandbox";
import {
  documentPropertiesOf,
  loadWorkbook,
  PROPERTIES_SHEET,
  readXlsx,
  saveWorkbook,
} from "../../tools/xlsx";

const BUNDLE = "build/Code.js";
const dir = mkdtempSync(join(tmpdir(), "xlsx-props-"));
let n = 0;
const tempFile = (): string => join(dir, `props-${++n}.xlsx`);

const tabNames = (sb: { services: { spreadsheet: { getSheets(): { getName(): string }[] } } }): string[] =>
  sb.services.spreadsheet.getSheets().map((s) => s.getName());

describe("document properties in the .xlsx", () => {
  it("survive save → load, as text, in a veryHidden sheet that is not a tab after load", async () => {
    const sb = loadBundle(BUNDLE, { tabs: { "Dữ liệu": [["a", 1]] } });
    const props = {
      "setup.seededTabs": JSON.stringify(["Chuyên đề", "Cụm thi đua"]),
      số: "0123",
      "công thức": "=SUM(A1:A2)",
      "nhiều dòng": "dòng 1\ndòng 2",
      rỗng: "",
    };
    sb.services.properties.document.data.clear();
    for (const [k, v] of Object.entries(props)) sb.services.properties.document.data.set(k, v);
    const file = tempFile();
    await saveWorkbook(sb.services.spreadsheet, file, { documentProperties: documentPropertiesOf(sb) });

    const workbook = await readXlsx(file);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Dữ liệu", PROPERTIES_SHEET]);
    expect(workbook.getWorksheet(PROPERTIES_SHEET)?.state).toBe("veryHidden");

    const back = await loadWorkbook(file, { bundle: BUNDLE });
    expect(tabNames(back)).toEqual(["Dữ liệu"]);
    expect(back.services.spreadsheet.getSheetByName(PROPERTIES_SHEET)).toBeNull();
    expect(snapshot(back.services.spreadsheet)).toEqual(snapshot(sb.services.spreadsheet));
    const before = back.services.calls.count();
    expect(documentPropertiesOf(back)).toEqual(props);
    expect(back.services.calls.count()).toBe(before);
  });

  it("without documentProperties, the file has no reserved sheet and loads with none", async () => {
    const sb = loadBundle(BUNDLE, { tabs: { "Trang tính1": [] } });
    sb.services.properties.document.data.set("k", "v");
    const file = tempFile();
    await saveWorkbook(sb.services.spreadsheet, file);
    expect((await readXlsx(file)).worksheets.map((ws) => ws.name)).toEqual(["Trang tính1"]);
    expect(documentPropertiesOf(await loadWorkbook(file, { bundle: BUNDLE }))).toEqual({});
  });

  it("a tab added after load keeps the reserved sheet out of the tab list on the next round trip", async () => {
    const sb = loadBundle(BUNDLE, { tabs: { A: [] } });
    sb.services.properties.document.data.set("k", "v");
    const file = tempFile();
    await saveWorkbook(sb.services.spreadsheet, file, { documentProperties: documentPropertiesOf(sb) });
    const back = await loadWorkbook(file, { bundle: BUNDLE });
    addTab(back.services.spreadsheet._env, back.services.spreadsheet, "B", [["x"]]);
    const again = tempFile();
    await saveWorkbook(back.services.spreadsheet, again, { documentProperties: documentPropertiesOf(back) });
    const last = await loadWorkbook(again, { bundle: BUNDLE });
    expect(tabNames(last)).toEqual(["A", "B"]);
    expect(documentPropertiesOf(last)).toEqual({ k: "v" });
  });
});

describe("setup after an .xlsx round trip", () => {
  it("does not bring back a template row the office deleted", async () => {
    const sb = loadBundle(BUNDLE, { tabs: { "Trang tính1": [] } });
    sb.call("setupWorkbook");
    const sheet = sb.services.spreadsheet.getSheetByName(TAB.campaigns);
    if (!sheet) throw new Error(`no ${TAB.campaigns} tab`);
    const full = snapshot(sb.services.spreadsheet)[TAB.campaigns] ?? [];
    sheet.deleteRows(3, 1);
    const before = snapshot(sb.services.spreadsheet)[TAB.campaigns] ?? [];
    expect(before).toHaveLength(full.length - 1);
    expect(documentPropertiesOf(sb)["setup.seededTabs"]).toContain(TAB.campaigns);

    const file = tempFile();
    await saveWorkbook(sb.services.spreadsheet, file, { documentProperties: documentPropertiesOf(sb) });
    const back = await loadWorkbook(file, { bundle: BUNDLE });
    expect(documentPropertiesOf(back)).toEqual(documentPropertiesOf(sb));
    expect(tabNames(back)).toEqual(tabNames(sb));
    back.call("setupWorkbook");

    expect(back.services.ui.alerts.at(-1)?.prompt ?? "").not.toMatch(/lỗi/i);
    expect(snapshot(back.services.spreadsheet)[TAB.campaigns]).toEqual(before);
  });

  it("(control) without the properties, the reloaded file's setup does bring the row back", async () => {
    const sb = loadBundle(BUNDLE, { tabs: { "Trang tính1": [] } });
    sb.call("setupWorkbook");
    sb.services.spreadsheet.getSheetByName(TAB.campaigns)?.deleteRows(3, 1);
    const before = snapshot(sb.services.spreadsheet)[TAB.campaigns] ?? [];
    const file = tempFile();
    await saveWorkbook(sb.services.spreadsheet, file);
    const back = await loadWorkbook(file, { bundle: BUNDLE });
    back.call("setupWorkbook");
    expect(snapshot(back.services.spreadsheet)[TAB.campaigns]).toHaveLength(before.length + 1);
  });
});
