import { describe, expect, it } from "vitest";
import { CLUSTER_TAB_HEADERS, clusterTabName, REG } from "../../src/core/contract/workbook";
import { cleanWorkbook, codesIn, UNITS, type Workbook } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";
import { individual, run, sidebarWorkbook, submission, UNIT3 } from "../sidebar/sidebar-workbook";

const TAB3 = clusterTabName("3");
const UNITS3 = UNITS.filter((u) => u.cluster === "3").map((u) => u.name);

/** `BC Kiểm tra` lines with a code, as `code<TAB>…` text. */
const reportWith = (wb: Workbook, code: string) =>
  wb.reportLines().filter((l) => l.split("\t").includes(code));
const alert = (wb: Workbook) => wb.sb.services.ui.alerts.at(-1)?.prompt ?? "";

describe("a cluster tab whose headers sit on row 3, under two title rows", () => {
  const wb = cleanWorkbook();
  const sheet = wb.sheet(TAB3);
  const rows = wb.lastRow(TAB3) - 1;
  wb.untracked(() => {
    sheet.insertRowsBefore(1, 2);
    sheet.getRange("A1").setValue("DANH SÁCH ĐĂNG KÝ THI ĐUA CỤM 3");
    sheet.getRange("A2").setValue("Năm 2020");
  });
  const before = wb.untracked(() => snapshot(wb.ss)[TAB3]);
  wb.checkData();
  const first = { bt02: reportWith(wb, "BT02"), dv01: reportWith(wb, "DV01") };
  wb.sb.call("setupWorkbook");
  const setupSays = alert(wb);
  const afterSetup = wb.untracked(() => snapshot(wb.ss)[TAB3]);
  wb.checkData();

  it("is one BT02 that names row 3 and says to move the headers to row 1, not ten missing columns", () => {
    expect(first.bt02).toHaveLength(1);
    expect(first.bt02[0]).toContain(TAB3);
    expect(first.bt02[0]).toContain("dòng 3");
    expect(first.bt02[0]?.toLowerCase()).toContain("hãy chuyển tiêu đề lên dòng 1");
  });

  it("does not call the cluster's units DV01: their rows exist but cannot be read yet", () => {
    expect(first.dv01.filter((l) => UNITS3.some((u) => l.includes(u)))).toEqual([]);
    expect(rows).toBeGreaterThan(20);
  });

  it("makes setup add no parallel header set, and say why", () => {
    expect(afterSetup).toEqual(before);
    expect(afterSetup?.[0]?.filter((c) => CLUSTER_TAB_HEADERS.includes(String(c)))).toEqual([]);
    expect(setupSays).toContain(`Chưa thêm gì vào trang '${TAB3}'`);
    expect(setupSays).toContain("dòng 3");
  });

  it("is still named the same way by the next check, with every row left as it was", () => {
    expect(reportWith(wb, "BT02")).toEqual(first.bt02);
    expect(reportWith(wb, "DV01").filter((l) => UNITS3.some((u) => l.includes(u)))).toEqual([]);
    expect(wb.untracked(() => snapshot(wb.ss)[TAB3])).toEqual(before);
  });

  it("is refused by the sidebar with the same words, nothing written", () => {
    const sb = sidebarWorkbook();
    const tab = sb.sheet(TAB3);
    sb.untracked(() => {
      tab.insertRowsBefore(1, 2);
      tab.getRange("A1").setValue("DANH SÁCH");
    });
    const result = run(sb, "submitRegistrations", submission(UNIT3, [individual("Lê Văn Dòng Ba")]));
    expect(result).toMatchObject({ ok: false, code: "HEADER_ROW" });
    expect(String(result.message)).toContain("dòng 3");
  });
});

describe("a header written twice (an empty 'Đơn vị' column added at A)", () => {
  const wb = cleanWorkbook();
  const sheet = wb.sheet(TAB3);
  wb.untracked(() => {
    sheet.insertColumnsBefore(1, 1);
    sheet.getRange("A1").setValue(REG.unit);
  });
  wb.checkData();

  it("is a BT02 naming both columns", () => {
    const lines = reportWith(wb, "BT02");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`'${REG.unit}'`);
    expect(lines[0]).toContain("cột A và cột C");
  });

  it("does not blank every row: the column holding the units is read, so no DK01 and no DV01", () => {
    expect(wb.reportCodes().get("DK01")).toBeUndefined();
    expect(wb.reportCodes().get("DV01")).toBeUndefined();
    const statuses = wb.untracked(() =>
      snapshot(wb.ss)
        [TAB3]!.slice(1)
        .map((r) => String(r.at(-1))),
    );
    expect(statuses.every((s) => s === "Hợp lệ" || codesIn(s).length === 0)).toBe(true);
  });

  it("is refused by the sidebar, naming both columns, nothing written", () => {
    const sb = sidebarWorkbook();
    const tab = sb.sheet(TAB3);
    sb.untracked(() => {
      tab.insertColumnsBefore(1, 1);
      tab.getRange("A1").setValue(REG.unit);
    });
    const before = sb.untracked(() => snapshot(sb.ss));
    const result = run(sb, "submitRegistrations", submission(UNIT3, [individual("Lê Văn Hai Cột")]));
    expect(result).toMatchObject({ ok: false, code: "DOUBLED_HEADER" });
    expect(String(result.message)).toContain("cột A và cột C");
    expect(sb.untracked(() => snapshot(sb.ss))).toEqual(before);
  });
});
