import { describe, expect, it } from "vitest";
import {
  CLUSTER,
  CLUSTER_TAB_HEADERS,
  CONFIG,
  clusterTabName,
  HEADERS,
  REG,
  SETTING,
  TAB,
  TASK,
  UNIT,
} from "../../src/core/contract/workbook";
import { snapshot } from "../../tools/gas-sandbox";
import { sandbox } from "../helpers/bundle";

const ids = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

function setUp(tabs: Record<string, unknown[][]> = { "Trang tính1": [] }) {
  const sb = sandbox({ tabs });
  sb.call("setupWorkbook");
  return sb;
}

const alertText = (sb: ReturnType<typeof sandbox>) => sb.services.ui.alerts.at(-1)?.prompt ?? "";
const withoutLog = (s: Record<string, unknown[][]>) => {
  const { [TAB.log]: _log, ...rest } = s;
  return rest;
};

describe("setup on an empty spreadsheet", () => {
  const sb = setUp();
  const snap = snapshot(sb.services.spreadsheet);

  it("creates every tab of the contract with its exact headers in row 1", () => {
    for (const [tab, headers] of Object.entries(HEADERS)) expect(snap[tab]?.[0], tab).toEqual(headers);
    for (const id of ids) expect(snap[clusterTabName(id)]?.[0]).toEqual(CLUSTER_TAB_HEADERS);
    expect(snap[TAB.guide]?.length).toBeGreaterThan(20);
  });

  it("fills the 2020 template: every setting, 10 clusters, 10 titles, 7 campaigns, 28 tasks", () => {
    expect(snap[TAB.config]?.length).toBe(1 + Object.keys(SETTING).length);
    expect(snap[TAB.clusters]?.slice(1).map((r) => String(r[0]))).toEqual(ids);
    expect(snap[TAB.titles]?.length).toBe(1 + 10);
    expect(snap[TAB.campaigns]?.length).toBe(1 + 7);
    expect(snap[TAB.timeline]?.length).toBe(1 + 28);
    expect(snap[TAB.dossier]?.length).toBe(1 + 10);
  });

  it("stores the deadline and every task's deadline as real dates", () => {
    const deadline = snap[TAB.config]?.find((r) => r[0] === "Hạn đăng ký thi đua")?.[1];
    expect(deadline).toBeInstanceOf(Date);
    expect((deadline as Date).getDate()).toBe(28);
    const col = HEADERS[TAB.timeline]?.indexOf(TASK.deadline) ?? -1;
    for (const row of snap[TAB.timeline]?.slice(1) ?? []) expect(row[col]).toBeInstanceOf(Date);
  });

  it("keeps the seed's cluster rules: 7 and 8 restricted by unit type, 7–10 collectives only", () => {
    const rows = snap[TAB.clusters] ?? [];
    const h = rows[0] as string[];
    const get = (id: string, header: string) => rows.find((r) => String(r[0]) === id)?.[h.indexOf(header)];
    expect(get("7", CLUSTER.unitTypes)).toBe("Ban CHQS");
    expect(get("8", CLUSTER.unitTypes)).toBe("Công an, Ban Bảo vệ dân phố");
    for (const id of ["7", "8", "9", "10"]) expect(get(id, CLUSTER.subjects)).toBe("Chỉ tập thể");
    for (const id of ["1", "2", "3", "4", "5", "6"])
      expect(get(id, CLUSTER.subjects)).toBe("Tập thể và cá nhân");
  });

  it("freezes header rows and puts dropdowns on unit, subject, title, cluster and unit type columns", () => {
    const ss = sb.services.spreadsheet;
    const tab = ss.getSheetByName(clusterTabName("1"));
    expect(tab?.getFrozenRows()).toBe(1);
    const col = (h: string) => CLUSTER_TAB_HEADERS.indexOf(h) + 1;
    for (const h of [REG.unit, REG.subject, REG.title]) {
      expect(tab?.getRange(2, col(h)).getDataValidation(), h).not.toBeNull();
    }
    const units = ss.getSheetByName(TAB.units);
    for (const h of [UNIT.cluster, UNIT.type]) {
      expect(
        units?.getRange(5, (HEADERS[TAB.units] ?? []).indexOf(h) + 1).getDataValidation(),
        h,
      ).not.toBeNull();
    }
  });

  it("protects the columns the add-on writes with a warning only, so scripts and users can still write", () => {
    const tab = sb.services.spreadsheet.getSheetByName(clusterTabName("1"));
    const protections = tab?.getProtections(sb.context.SpreadsheetApp.ProtectionType.RANGE) ?? [];
    expect(protections).toHaveLength(1);
    const protection = protections[0];
    expect(protection?.isWarningOnly()).toBe(true);
    expect(protection?.getDescription()).toContain("Cột do tiện ích Sổ thi đua ghi");
    expect(protection?.getRange().getColumn()).toBe(CLUSTER_TAB_HEADERS.indexOf(REG.status) + 1);
  });

  it("reports what it added, in Vietnamese", () => {
    expect(alertText(sb)).toMatch(/Đã tạo \d+ trang tính/);
    expect(alertText(sb)).toContain("Đã thêm 28 dòng mẫu vào trang 'Tiến độ'");
  });
});

describe("setup on a workbook that already has data", () => {
  it("run twice changes nothing the second time and says so", () => {
    const sb = setUp();
    const before = withoutLog(snapshot(sb.services.spreadsheet));
    sb.call("setupWorkbook");
    expect(withoutLog(snapshot(sb.services.spreadsheet))).toEqual(before);
    expect(alertText(sb)).toContain("không có gì cần thêm");
  });

  it("keeps user data, user columns and reordered columns, appending only what is missing", () => {
    const tabs = {
      [TAB.clusters]: [
        ["Ghi chú riêng", CLUSTER.name, CLUSTER.id, CLUSTER.subjects],
        ["của tôi", "Cụm A", "A1", "Chỉ tập thể"],
        ["", "Cụm B", "2", "Tập thể và cá nhân"],
      ],
      [TAB.units]: [
        [UNIT.type, UNIT.name, "Điện thoại"],
        ["Phường", "UBND phường Lê Lợi", "0912"],
      ],
      [TAB.config]: [
        [CONFIG.key, CONFIG.value],
        ["Năm thi đua", 2027],
        ["Hạn đăng ký thi đua", "15/01/2027"],
      ],
      [clusterTabName("A1")]: [
        [REG.title, REG.unit, "Cột của cụm"],
        ["LĐTT", "UBND phường Lê Lợi", "x"],
      ],
    };
    const sb = sandbox({ tabs });
    const before = snapshot(sb.services.spreadsheet);
    sb.call("setupWorkbook");
    const after = snapshot(sb.services.spreadsheet);
    for (const [tab, rows] of Object.entries(before)) {
      rows.forEach((row, r) => {
        row.forEach((value, c) => {
          expect(after[tab]?.[r]?.[c], `${tab} R${r + 1}C${c + 1}`).toEqual(value);
        });
      });
    }
    // Missing columns land at the end; the settings already there are not duplicated.
    expect(after[TAB.clusters]?.[0]?.slice(0, 4)).toEqual(before[TAB.clusters]?.[0]);
    expect(after[TAB.clusters]?.[0]).toContain(CLUSTER.headEmails);
    const keys = after[TAB.config]?.map((r) => r[0]) ?? [];
    expect(keys.filter((k) => k === "Năm thi đua")).toHaveLength(1);
    expect(keys).toContain("Điểm sàn");
    expect(after[TAB.config]?.find((r) => r[0] === "Năm thi đua")?.[1]).toBe(2027);
    // The user's own cluster id gets its tab; the template's clusters are added by id.
    expect(after[clusterTabName("A1")]?.[0]?.slice(0, 3)).toEqual([REG.title, REG.unit, "Cột của cụm"]);
    expect(Object.keys(after)).toContain(clusterTabName("10"));
  });

  it("does not bring back a template row the office deleted", () => {
    const sb = setUp();
    const sheet = sb.services.spreadsheet.getSheetByName(TAB.campaigns);
    sheet?.deleteRows(8, 1);
    const before = withoutLog(snapshot(sb.services.spreadsheet));
    sb.call("setupWorkbook");
    expect(withoutLog(snapshot(sb.services.spreadsheet))).toEqual(before);
  });

  it("refuses a user who is not in Email quản trị once admins are set", () => {
    const sb = setUp();
    const config = sb.services.spreadsheet.getSheetByName(TAB.config);
    const row = (config?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === "Email quản trị") + 1;
    config?.getRange(row, 2).setValue("noi.vu@example.com");
    sb.call("setupWorkbook");
    expect(alertText(sb)).toContain("Chỉ cán bộ Phòng Nội vụ");
  });
});

describe("setup's cost", () => {
  it("makes the same number of service calls whatever the number of rows", () => {
    const count = (rows: number) => {
      const sb = setUp();
      const tab = sb.services.spreadsheet.getSheetByName(clusterTabName("1"));
      const data = Array.from({ length: rows }, (_, i) => ["", `Đơn vị ${i}`, "Tập thể", "", "", "LĐTT"]);
      tab?.insertRowsAfter(tab.getMaxRows(), rows);
      tab?.getRange(2, 1, rows, 6).setValues(data);
      sb.services.calls.reset();
      sb.call("setupWorkbook");
      return sb.services.calls.count();
    };
    const small = count(10);
    expect(small).toBeGreaterThan(0);
    expect(count(5000)).toBe(small);
  });
});
