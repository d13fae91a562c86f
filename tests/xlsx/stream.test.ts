import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BUNDLE } from "../../tools/fixtures/clean-workbook";
import { addTab, createEnv, FakeSpreadsheet, type Sandbox, snapshot } from "../../tools/gas-sandbox";
import { loadWorkbook, loadWorkbookForCheck, saveWorkbook, XlsxFileError } from "../../tools/xlsx";

const dir = mkdtempSync(join(tmpdir(), "xlsx-stream-"));
const vnMidnight = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

function emptySpreadsheet(): FakeSpreadsheet {
  const env = createEnv();
  return env.calls.track(new FakeSpreadsheet(env), "Spreadsheet");
}

/** Every tab as the checks see it: order, visibility, size, values, formulas and cached values. */
function checkedView(sb: Sandbox) {
  const ss = sb.services.spreadsheet;
  return {
    tabs: ss.getSheets().map((s) => [s.getName(), s.isSheetHidden(), s.getMaxRows(), s.getMaxColumns()]),
    values: snapshot(ss),
    formulas: snapshot(ss, { formulas: true }),
    cached: ss.getSheets().map((s) => {
      const out: unknown[] = [];
      for (let r = 1; r <= s._grid.lastRow(); r++)
        for (let c = 1; c <= s._grid.lastColumn(); c++) {
          const cell = s._grid.cell(r, c);
          if (cell?.formula !== undefined) out.push([r, c, cell.formula, cell.value]);
        }
      return out;
    }),
    properties: Object.fromEntries(sb.services.properties.document.data),
  };
}

async function bothReaders(path: string) {
  const [streamed, full] = [await loadWorkbookForCheck(path, { bundle: BUNDLE }), await loadWorkbook(path)];
  return { streamed: checkedView(streamed), full: checkedView(full) };
}

describe("reading a workbook as a stream for the check", () => {
  it("gives the checks what the full reader gives: values, dates, formulas, hidden tabs, properties", async () => {
    const ss = emptySpreadsheet();
    // Over 64 KB of Vietnamese text: parts are parsed in chunks, a letter must not be cut.
    const names = Array.from({ length: 3000 }, (_, i) => [`Nguyễn Thị Hương ${i} — Phường Quang Trung`, i]);
    addTab(ss._env, ss, "Dữ liệu", [
      ["Tên", "Số", "Đúng", "Ngày", "Liên kết"],
      ["'0123", 1.5, true, vnMidnight(2020, 2, 28), '=HYPERLINK("#gid=1&range=A2","Cụm 1!2")'],
      ...names,
    ]);
    addTab(ss._env, ss, "Ẩn", [["x"]]);
    ss.getSheetByName("Ẩn")!.hideSheet();
    const grid = ss.getSheetByName("Dữ liệu")!._grid;
    Object.assign(grid.cellForWrite(2, 6), { formula: "=B2*2", value: 3 });
    const path = join(dir, "so.xlsx");
    await saveWorkbook(ss, path, { documentProperties: { seededTabs: '["Cụm 1"]' } });
    const { streamed, full } = await bothReaders(path);
    expect(streamed).toEqual(full);
    expect(streamed.values["Dữ liệu"]?.[3000]?.[0]).toBe("Nguyễn Thị Hương 2998 — Phường Quang Trung");
    expect(streamed.cached[0]).toContainEqual([2, 6, "=B2*2", 3]);
    expect(streamed.properties).toEqual({ seededTabs: '["Cụm 1"]' });
  });

  it("reads rich text and links as their text, formula results, errors and 1904 dates as Excel wrote them", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const ws = workbook.addWorksheet("Cụm 1");
    ws.getCell("A1").value = { richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn Á" }] };
    ws.getCell("B1").value = { text: "Kế hoạch", hyperlink: "https://drive.google.com/file/d/1" };
    ws.getCell("C1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell("D1").value = { formula: 'A1&"!"', result: "Nguyễn Văn Á!" } as ExcelJS.CellFormulaValue;
    ws.getCell("E1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("F1").value = new Date(Date.UTC(2020, 1, 28));
    ws.getCell("F1").numFmt = "dd/mm/yyyy";
    const path = join(dir, "excel.xlsx");
    await workbook.xlsx.writeFile(path);
    const { streamed, full } = await bothReaders(path);
    expect(streamed).toEqual(full);
    expect(streamed.values["Cụm 1"]?.[0]?.slice(0, 2)).toEqual(["Nguyễn Văn Á", "Kế hoạch"]);
    expect((streamed.values["Cụm 1"]![0]![5] as Date).toISOString()).toBe("2020-02-27T17:00:00.000Z");
  });

  it("reads a tab with one stray cell at Z20000 in a moment, as that far a tab", async () => {
    const ss = emptySpreadsheet();
    addTab(ss._env, ss, "Cụm 1", [["Đơn vị"], ["Phòng Nội vụ"]]);
    const sheet = ss.getSheetByName("Cụm 1")!;
    sheet.insertRowsAfter(1000, 19_000);
    sheet.getRange("Z20000").setValue("lạc");
    const path = join(dir, "o-lac.xlsx");
    await saveWorkbook(ss, path);
    const start = performance.now();
    const tab = (await loadWorkbookForCheck(path, { bundle: BUNDLE })).services.spreadsheet.getSheets()[0]!;
    expect([tab.getLastRow(), tab.getLastColumn(), tab.getRange("Z20000").getValue()]).toEqual([
      20_000,
      26,
      "lạc",
    ]);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it("refuses a tab whose used area runs past the cell limit, naming the farthest cell", async () => {
    const ss = emptySpreadsheet();
    addTab(ss._env, ss, "Cụm 2", [["Đơn vị"]]);
    const sheet = ss.getSheetByName("Cụm 2")!;
    sheet.insertRowsAfter(1000, 199_000);
    sheet.getRange("Z200000").setValue("lạc");
    const path = join(dir, "qua-rong.xlsx");
    await saveWorkbook(ss, path);
    for (const load of [loadWorkbookForCheck, loadWorkbook]) {
      const error = await load(path, { bundle: BUNDLE }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XlsxFileError);
      expect((error as XlsxFileError).message).toContain(
        "trang 'Cụm 2' dùng đến ô Z200000 (5.200.000 ô); cả tệp 5.200.000 ô, giới hạn 3.000.000 ô",
      );
    }
  });
});
