import { beforeAll, describe, expect, it } from "vitest";
import {
  CLUSTER_TAB_HEADERS,
  CONFIG,
  clusterTabName,
  HEADERS,
  OUTCOME,
  RATINGS,
  REG,
  RESULT,
  ROUNDING,
  SETTING,
  SUBJECT,
  TAB,
  TITLE,
  YES_NO,
} from "../../src/core/contract/workbook";
import { TITLE_ROWS } from "../../src/core/template";
import { SheetWriter } from "../../tools/demo/sheet-writer";
import { type Sandbox, snapshot } from "../../tools/gas-sandbox";
import { sandbox } from "../helpers/bundle";

// A workbook set up before the year-end work: `Danh hiệu` without its four year-end columns (one
// title renamed, one of the office's own), `Cụm 1` without the result columns, no
// `Lịch sử khen thưởng`, and `Cấu hình` without the two year-end settings. In a second workbook
// the office had already added `Cấp quyết định` itself, with a value of its own and blanks.
const YEAR_END_TITLE_COLUMNS = [
  TITLE.decisionLevel,
  TITLE.multiYear,
  TITLE.collectiveCondition,
  TITLE.leaderOnly,
];
const RENAMED = "Chiến sỹ thi đua cơ sở";
const OWN_TITLE = "Giấy khen của Giám đốc Sở";
const C1 = clusterTabName("1");
const RESULT_HEADERS = Object.values(RESULT);

function olderWorkbook(ownLevel: boolean): Sandbox {
  const sb = sandbox({ tabs: { "Trang tính1": [] } });
  sb.call("setupWorkbook");
  const ss = sb.services.spreadsheet;
  const w = new SheetWriter(ss);
  sb.services.calls.untracked(() => {
    const titles = ss.getSheetByName(TAB.titles)!;
    const dropped = YEAR_END_TITLE_COLUMNS.slice(ownLevel ? 1 : 0).reverse();
    for (const h of dropped) titles.deleteColumn(w.headers(TAB.titles).indexOf(h) + 1);
    if (ownLevel) {
      const level = w.headers(TAB.titles).indexOf(TITLE.decisionLevel) + 1;
      titles.getRange(2, level, titles.getLastRow() - 1, 1).clearContent();
      titles.getRange(2, level).setValues([["Cấp huyện"]]);
    }
    const c1 = ss.getSheetByName(C1)!;
    const first = w.headers(C1).indexOf(RESULT.rating) + 1;
    c1.deleteColumns(first, RESULT_HEADERS.length);
    ss.deleteSheet(ss.getSheetByName(TAB.history) as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    const config = ss.getSheetByName(TAB.config)!;
    for (const key of [SETTING.shareRounding, SETTING.onTimeOnly])
      config.deleteRow(w.findRow(TAB.config, CONFIG.key, key));
  });
  w.set(TAB.titles, w.findRow(TAB.titles, TITLE.abbreviation, "CSTĐCS"), TITLE.name, RENAMED);
  w.append(TAB.titles, [
    { [TITLE.name]: OWN_TITLE, [TITLE.abbreviation]: "GKS", [TITLE.subject]: SUBJECT.individual },
  ]);
  w.append(C1, [
    { [REG.unit]: "UBND phường Lê Lợi", [REG.subject]: SUBJECT.collective, [REG.title]: "TTLĐTT" },
  ]);
  sb.services.ui.alerts.length = 0;
  return sb;
}

let sb: Sandbox;
let before: Record<string, unknown[][]>;
let after: Record<string, unknown[][]>;
const alert = () => sb.services.ui.alerts.at(-1)?.prompt ?? "";

beforeAll(() => {
  sb = olderWorkbook(false);
  before = snapshot(sb.services.spreadsheet);
  sb.call("setupWorkbook");
  after = snapshot(sb.services.spreadsheet);
});

/** A tab's data rows as records keyed by header. */
const records = (tab: string) => {
  const [head = [], ...rows] = after[tab] ?? [];
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
};

describe("setup of a workbook made before the year-end work", () => {
  it("appends the four title columns at the end of Danh hiệu", () => {
    const head = after[TAB.titles]?.[0];
    expect(head?.slice(0, -4)).toEqual(before[TAB.titles]?.[0]);
    expect(head?.slice(-4)).toEqual(YEAR_END_TITLE_COLUMNS);
  });

  it("fills the new columns of the template's titles, matched by name or abbreviation", () => {
    const rows = records(TAB.titles);
    for (const t of TITLE_ROWS) {
      const row = rows.find((r) => r[TITLE.abbreviation] === t[TITLE.abbreviation]);
      for (const h of YEAR_END_TITLE_COLUMNS) expect(row?.[h], `${t[TITLE.abbreviation]} ${h}`).toBe(t[h]);
    }
    const renamed = rows.find((r) => r[TITLE.name] === RENAMED);
    expect(renamed?.[TITLE.multiYear]).toBe("");
    expect(rows.find((r) => r[TITLE.abbreviation] === "TTLĐXS")?.[TITLE.collectiveCondition]).toBe(
      "70% LĐTT; 1 CSTĐCS",
    );
    expect(rows.find((r) => r[TITLE.abbreviation] === "CSTĐTP")?.[TITLE.multiYear]).toBe(
      "3 năm liên tục: CSTĐCS",
    );
    expect(rows.find((r) => r[TITLE.abbreviation] === "CTĐTP")?.[TITLE.leaderOnly]).toBe(YES_NO.yes);
    expect(renamed?.[TITLE.decisionLevel]).toBe("Thị xã");
  });

  it("writes no cell that held anything, and nothing in the office's own titles' rows", () => {
    const own = records(TAB.titles).find((r) => r[TITLE.name] === OWN_TITLE);
    for (const h of YEAR_END_TITLE_COLUMNS) expect(own?.[h]).toBe("");
    for (const [tab, rows0] of Object.entries(before)) {
      rows0.forEach((row, r) => {
        row.forEach((value, c) => {
          expect(after[tab]?.[r]?.[c], `${tab} R${r + 1}C${c + 1}`).toEqual(value);
        });
      });
    }
  });

  it("adds the result columns to every Cụm N after Kết quả kiểm tra, with dropdowns for Xếp loại and Kết quả bình xét", () => {
    const head = after[C1]?.[0] ?? [];
    expect(head).toEqual(CLUSTER_TAB_HEADERS);
    expect(head.indexOf(RESULT.rating)).toBeGreaterThan(head.indexOf(REG.status));
    const tab = sb.services.spreadsheet.getSheetByName(C1)!;
    const choices = (h: string) =>
      sb.services.calls.untracked(
        () =>
          tab
            .getRange(3, head.indexOf(h) + 1)
            .getDataValidation()
            ?.getCriteriaValues()[0],
      );
    expect(choices(RESULT.rating)).toEqual(RATINGS.map((r) => r.name));
    expect(choices(RESULT.outcome)).toEqual([OUTCOME.passed, OUTCOME.failed]);
    for (const id of ["2", "10"]) expect(after[clusterTabName(id)]?.[0]).toEqual(CLUSTER_TAB_HEADERS);
  });

  it("creates Lịch sử khen thưởng and adds the two year-end settings with their defaults", () => {
    expect(after[TAB.history]).toEqual([HEADERS[TAB.history]]);
    const setting = (key: string) => (after[TAB.config] ?? []).find((r) => r[0] === key)?.[1];
    expect(setting(SETTING.onTimeOnly)).toBe(YES_NO.yes);
    expect(setting(SETTING.shareRounding)).toBe(ROUNDING.down);
  });

  it("says what it filled, and a second run changes nothing", () => {
    expect(alert()).toContain(
      `Đã điền giá trị mẫu vào các cột mới của ${TITLE_ROWS.length} dòng có sẵn ở trang '${TAB.titles}'`,
    );
    const again = () => {
      const { [TAB.log]: _log, ...rest } = snapshot(sb.services.spreadsheet);
      return rest;
    };
    const once = again();
    sb.call("setupWorkbook");
    expect(again()).toEqual(once);
    expect(alert()).toContain("không có gì cần thêm");
  });
});

describe("setup of a workbook whose office added 'Cấp quyết định' itself", () => {
  it("appends the three other columns and leaves that column as the office wrote it", () => {
    const older = olderWorkbook(true);
    const was = snapshot(older.services.spreadsheet)[TAB.titles] ?? [];
    older.call("setupWorkbook");
    const now = snapshot(older.services.spreadsheet)[TAB.titles] ?? [];
    const head = now[0] ?? [];
    expect(head.slice(0, -3)).toEqual(was[0]);
    expect(head.slice(-3)).toEqual(YEAR_END_TITLE_COLUMNS.slice(1));
    const level = head.indexOf(TITLE.decisionLevel);
    expect(now.slice(1).map((r) => r[level])).toEqual(was.slice(1).map((r) => r[level]));
    expect(now[1]?.[level]).toBe("Cấp huyện");
    expect(now.find((r) => r[1] === "TTLĐXS")?.[head.indexOf(TITLE.collectiveCondition)]).toBe(
      "70% LĐTT; 1 CSTĐCS",
    );
    expect(older.services.ui.alerts.at(-1)?.prompt).toContain("các cột mới của 4 dòng có sẵn");
  });
});
