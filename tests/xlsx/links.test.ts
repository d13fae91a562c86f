import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDemo } from "../../tools/demo/build-demo";
import { loadBundle, type Sandbox } from "../../tools/gas-sandbox";
import { hyperlinkUrl } from "../../tools/gas-sandbox/cell";
import { documentPropertiesOf, loadWorkbook, saveWorkbook } from "../../tools/xlsx";

const BUNDLE = "build/Code.js";
const REPORT = "BC Kiểm tra";
const dir = mkdtempSync(join(tmpdir(), "xlsx-links-"));
let n = 0;
const tempFile = (): string => join(dir, `links-${++n}.xlsx`);

/** Every link of a tab: the cell, its formula, and the tab name and row the link opens. */
function linksOf(sb: Sandbox, tab: string) {
  const ss = sb.services.spreadsheet;
  return sb.services.calls.untracked(() => {
    const formulas = ss.getSheetByName(tab)?.getDataRange().getFormulas() ?? [];
    return formulas.flatMap((row, r) =>
      row.flatMap((formula, c) => {
        const url = hyperlinkUrl(formula);
        const m = url ? /^#gid=(\d+)&range=A(\d+)$/.exec(url) : null;
        if (!m) return [];
        const target = ss.getSheetById(Number(m[1]))?.getName() ?? "(không có)";
        return [{ cell: `${r + 1}:${c + 1}`, formula, target: `${target}!${m[2]}` }];
      }),
    );
  });
}

const ids = (sb: Sandbox) =>
  sb.services.calls.untracked(() =>
    sb.services.spreadsheet.getSheets().map((s) => [s.getName(), s.getSheetId()]),
  );

async function reopen(sb: Sandbox): Promise<Sandbox> {
  const file = tempFile();
  await saveWorkbook(sb.services.spreadsheet, file, { documentProperties: documentPropertiesOf(sb) });
  return loadWorkbook(file, { bundle: BUNDLE });
}

let demo: Sandbox;
beforeAll(() => {
  demo = buildDemo(BUNDLE);
}, 60_000);

describe("links to a row of another tab, through .xlsx files", () => {
  it("open the same tab and row after save → load → save → load, with the same formulas and sheet ids", async () => {
    const before = linksOf(demo, REPORT);
    expect(before.length).toBeGreaterThan(20);
    // The label names the row the link was made for: "Cụm 1!53" opens row 53 of Cụm 1.
    for (const link of before) expect(link.formula).toContain(`"${link.target}")`);
    const once = await reopen(demo);
    const twice = await reopen(once);
    expect(linksOf(once, REPORT)).toEqual(before);
    expect(linksOf(twice, REPORT)).toEqual(before);
    expect(ids(twice)).toEqual(ids(demo));
  }, 60_000);

  it("keep their target when the add-on rebuilds the report after a reload and a new tab", async () => {
    const back = await reopen(demo);
    back.call("setupWorkbook"); // may add tabs: new ids must not take a restored one
    back.services.spreadsheet._addSheet("Ghi chú riêng", 0);
    back.call("checkData_");
    const again = await reopen(back);
    for (const link of linksOf(again, REPORT)) expect(link.formula).toContain(`"${link.target}")`);
    expect(new Set(ids(again).map(([, id]) => id)).size).toBe(ids(again).length);
  }, 60_000);

  it("are written as Excel writes an internal link: a location to the tab and cell, no relationship", async () => {
    const file = tempFile();
    await saveWorkbook(demo.services.spreadsheet, file, { documentProperties: documentPropertiesOf(demo) });
    const zip = await JSZip.loadAsync(readFileSync(file));
    const all = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => [f.name, await f.async("string")] as const),
    );
    const links = all.flatMap(([, xml]) => [...xml.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]));
    // Every report's links (BC Kiểm tra's, BC Đề nghị khen thưởng's, …), and none lost on the way.
    const tabs = demo.services.calls.untracked(() =>
      demo.services.spreadsheet.getSheets().map((s) => s.getName()),
    );
    expect(linksOf(demo, REPORT).length).toBeGreaterThan(0);
    expect(links.length).toBe(tabs.flatMap((t) => linksOf(demo, t)).length);
    for (const link of links) {
      expect(link).toMatch(/^<hyperlink ref="[A-Z]+\d+" location="'[^"]+'!A\d+"\/>$/);
      expect(link).not.toContain("r:id");
    }
    expect(all.some(([name, xml]) => name.endsWith(".rels") && xml.includes("#gid"))).toBe(false);
    expect(all.some(([, xml]) => xml.includes("#gid="))).toBe(false);
  }, 60_000);

  it("made by Excel (a location, quoted or not, with $) open as links to that tab's row", async () => {
    const sb = loadBundle(BUNDLE, {
      tabs: { "Mục lục": [["Tới"], ["Tới"]], Sheet2: [["a"]], "Cụm 1": [["b"]] },
    });
    const file = tempFile();
    await saveWorkbook(sb.services.spreadsheet, file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const path = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const hyperlinks =
      '<hyperlinks><hyperlink ref="A1" location="Sheet2!$B$3" display="Tới"/>' +
      `<hyperlink ref="A2" location="'Cụm 1'!A7"/></hyperlinks>`;
    zip.file(path, xml.replace("<pageMargins", `${hyperlinks}<pageMargins`));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const back = await loadWorkbook(file, { bundle: BUNDLE });
    const id = (name: string) => back.services.spreadsheet.getSheetByName(name)?.getSheetId();
    const formulas = back.services.spreadsheet.getSheetByName("Mục lục")?.getRange("A1:A2").getFormulas();
    expect(formulas).toEqual([
      [`=HYPERLINK("#gid=${id("Sheet2")}&range=B3","Tới")`],
      [`=HYPERLINK("#gid=${id("Cụm 1")}&range=A7","Tới")`],
    ]);
    // ExcelJS alone reads the file too (it only does not see the links).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet("Mục lục")?.getCell("A1").value).toBe("Tới");
  }, 60_000);
});
