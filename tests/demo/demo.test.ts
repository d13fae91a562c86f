import { beforeAll, describe, expect, it } from "vitest";
import { CLUSTER, CONFIG, SCORE, SETTING, scoreTabName, TAB, TASK } from "../../src/core/contract/workbook";
import { buildDemo } from "../../tools/demo/build-demo";
import { DEMO_TODAY, EARLY_CLUSTER, EARLY_DEADLINE } from "../../tools/demo/demo-day";
import { ILLUSTRATIVE_NOTE } from "../../tools/demo/fill-shared";
import { MISTAKES } from "../../tools/demo/mistakes";
import { ONLY_LATE, UNREGISTERED } from "../../tools/demo/registrations";
import { DEMO_ADMIN, headEmail, headUnit, UNSCORED } from "../../tools/demo/scores";
import { isDate, type Sandbox, snapshot } from "../../tools/gas-sandbox";

let sb: Sandbox;
let report: string[][];

beforeAll(() => {
  sb = buildDemo("build/Code.js");
  report = (snapshot(sb.services.spreadsheet)["BC Kiểm tra"] ?? []).map((r) => r.map(String));
});

const rowsWith = (code: string): string[][] => report.filter((r) => r.includes(code));

describe("the demo workbook", () => {
  it("is checked by the bundle without an unexpected error", () => {
    const alert = sb.services.ui.alerts.at(-1)?.prompt ?? "";
    expect(alert).toMatch(/^Lỗi: \d+ · Cảnh báo: \d+ · Thông tin: \d+\./);
    expect(alert).not.toContain("ngoài dự kiến");
  });

  it("flags the units that never registered (DV01) and the one that registered only late (DV02)", () => {
    // Finding rows: STT, tab, row, unit, code, severity, message, link.
    expect(rowsWith("DV01").map((r) => r[3])).toEqual(expect.arrayContaining(UNREGISTERED));
    expect(rowsWith("DV01")).toHaveLength(UNREGISTERED.length);
    expect(rowsWith("DV02").map((r) => r[3])).toEqual([ONLY_LATE]);
  });

  it("stands on 20/02/2020, before the deadline: no Ngày tham chiếu, the check's day is the clock's", () => {
    const config = snapshot(sb.services.spreadsheet)[TAB.config] ?? [];
    const head = (config[0] ?? []).map(String);
    const reference = config.find((r) => r[head.indexOf(CONFIG.key)] === SETTING.referenceDate);
    expect(reference?.[head.indexOf(CONFIG.value)]).toBe("");
    expect(report[1]?.[0]).toContain(`ngày tham chiếu ${DEMO_TODAY} · kiểm tra lúc ${DEMO_TODAY} 09:00`);
  });

  it("tells the unregistered units of clusters still in time to register by 28/02/2020 (còn hạn)", () => {
    // Thanh tra thị xã is in cluster 3, whose own deadline has passed: it is out. The others may still register.
    const alert = sb.services.ui.alerts.at(-1)?.prompt ?? "";
    const late: readonly string[] = UNREGISTERED.filter((u) => u === "Thanh tra thị xã");
    const open = UNREGISTERED.filter((u) => u !== "Thanh tra thị xã");
    expect(alert).toContain(`${open.length} đơn vị chưa đăng ký, còn hạn: `);
    expect(alert).toContain(`2 đơn vị không được xét khen thưởng: ${ONLY_LATE} (cụm ${EARLY_CLUSTER}`);
    for (const row of rowsWith("DV01")) {
      const unit = row[3] ?? "";
      if (late.includes(unit)) expect(row[6], unit).toContain(`Đã qua hạn ${EARLY_DEADLINE}`);
      else expect(row[6], unit).toMatch(/Hạn đăng ký của cụm \d+ là 28\/02\/2020: hãy đăng ký trước hạn\.$/);
    }
  });

  it("dates no registration, dossier, campaign or finished task after the demo day", () => {
    const dump = snapshot(sb.services.spreadsheet);
    const day = Date.parse("2020-02-20T23:59:59+07:00");
    const after: string[] = [];
    // Settings and the timeline hold deadlines: only what happened is dated.
    const deadlines = new Set<string>([TAB.config, TAB.clusters]);
    const done = (dump[TAB.timeline]?.[0] ?? []).indexOf(TASK.done);
    for (const [tab, rows] of Object.entries(dump)) {
      if (deadlines.has(tab)) continue;
      rows.forEach((row, r) => {
        row.forEach((v, c) => {
          if (tab === TAB.timeline && c !== done) return;
          if (isDate(v) && v.getTime() > day) after.push(`${tab}!${r + 1}:${c + 1}`);
        });
      });
    }
    expect(done).toBeGreaterThan(0);
    expect(after).toEqual([]);
  });

  it("raises every planted mistake", () => {
    for (const code of new Set(MISTAKES.map((m) => m.code)))
      expect(rowsWith(code).length, code).toBeGreaterThan(0);
  });

  it("suggests the right unit for the misspelt 'UBND phường Lê Loi' (DK02)", () => {
    const [dk02] = rowsWith("DK02");
    expect(dk02?.join(" ")).toContain("UBND phường Lê Loi");
    expect(dk02?.join(" ")).toContain("UBND phường Lê Lợi");
  });

  it("has dossiers partly complete, campaigns partly filled and one overdue task", () => {
    for (const code of ["HS02", "HS03", "CD02", "TD01"])
      expect(rowsWith(code).length, code).toBeGreaterThan(0);
  });

  it("writes a status for every registration row and says in Hướng dẫn that the data is illustrative", () => {
    const dump = snapshot(sb.services.spreadsheet);
    const cluster = dump["Cụm 1"] ?? [];
    const status = (cluster[0] ?? []).indexOf("Kết quả kiểm tra");
    expect(cluster.slice(1).every((r) => String(r[status]) !== "")).toBe(true);
    expect(dump[TAB.guide]?.at(-1)).toEqual(ILLUSTRATIVE_NOTE);
  });

  it("is the same workbook on every run, reports and their times included (deterministic)", () => {
    // The demo is built with the clock standing on the demo day: even the reports' times agree.
    const again = snapshot(buildDemo("build/Code.js").services.spreadsheet);
    expect(again).toEqual(snapshot(sb.services.spreadsheet));
  });
});

const SCORE_REPORT = "BC Kết quả chấm điểm";

describe("the demo's scoring", () => {
  /** The report rows of one cluster: rank, unit, …, proposal, notes. */
  const ranking = (cluster: string): string[][] => {
    const rows = (snapshot(sb.services.spreadsheet)[SCORE_REPORT] ?? []).map((r) => r.map(String));
    // The cluster's section line, its chart's room, then its table: the header "Hạng", one row per unit.
    const section = rows.findIndex((r) => r[0]?.startsWith(`CỤM ${cluster} `));
    const header = rows.findIndex((r, i) => i > section && r[0] === "Hạng");
    const end = rows.findIndex((r, i) => i > header && r.every((c) => c === ""));
    return rows.slice(header + 1, end < 0 ? undefined : end);
  };
  const proposed = (cluster: string) =>
    ranking(cluster)
      .filter((r) => r[8] === "Đề nghị dẫn đầu cụm")
      .map((r) => r[1]);

  it("names the admin and each cluster's head, so that the sidebar opens for them in the preview", () => {
    const dump = snapshot(sb.services.spreadsheet);
    const setting = (dump[TAB.config] ?? []).find((r) => r[0] === SETTING.adminEmails);
    const head = (dump[TAB.config] ?? [])[0]?.map(String) ?? [];
    expect(setting?.[head.indexOf(CONFIG.value)]).toBe(DEMO_ADMIN);
    const [clusterHead = [], ...clusters] = (dump[TAB.clusters] ?? []).map((r) => r.map(String));
    const col = (h: string) => clusterHead.indexOf(h);
    expect(clusters).toHaveLength(10);
    for (const r of clusters) {
      const id = r[col(CLUSTER.id)] ?? "";
      expect(r[col(CLUSTER.headEmails)]).toBe(headEmail(id));
      expect(r[col(CLUSTER.headUnit)]).toBe(headUnit(id));
    }
    const env = sb.services.env;
    const saved = { user: env.user, reportedEmail: env.reportedEmail };
    try {
      Object.assign(env, { user: headEmail("3"), reportedEmail: headEmail("3") });
      const head3 = sb.call("getRegistrationContext") as { ok: boolean; clusters?: { id: string }[] };
      expect(head3.ok).toBe(true);
      expect(head3.clusters?.map((c) => c.id)).toEqual(["3"]);
      Object.assign(env, { user: DEMO_ADMIN, reportedEmail: DEMO_ADMIN });
      const admin = sb.call("getRegistrationContext") as { ok: boolean; clusters?: { id: string }[] };
      expect(admin.clusters).toHaveLength(10);
    } finally {
      Object.assign(env, saved);
    }
  });

  it("has a score tab per cluster, some left unscored, and the score findings DI01, DI02, DI04, DI06, DI07", () => {
    const dump = snapshot(sb.services.spreadsheet);
    for (let id = 1; id <= 10; id++) expect(dump[scoreTabName(String(id))], `Điểm Cụm ${id}`).toBeDefined();
    expect(UNSCORED).toEqual(["9", "10"]);
    const [head = [], ...rows] = dump[scoreTabName("9")] ?? [];
    const self = head.indexOf(SCORE.self);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[self] === "")).toBe(true);
    for (const code of ["DI01", "DI02", "DI04", "DI06", "DI07"])
      expect(rowsWith(code).length, code).toBeGreaterThan(0);
    // Finding rows: STT, tab, row, unit, code, severity, message, link.
    const units = (code: string) => rowsWith(code).map((r) => r[3]);
    expect(units("DI01")).toEqual(["UBND xã Thanh Mỹ"]);
    expect(units("DI07").sort()).toEqual(["UBND phường Lê Lợi", "UBND phường Quang Trung"]);
    expect(units("DI06")).toContain("UBND phường Xuân Khanh");
    expect(new Set(units("DI04"))).toEqual(new Set(["UBND xã Kim Sơn"]));
    expect(new Set(units("DI02"))).toContain("Phòng Giáo dục và Đào tạo");
  });

  it("ranks every cluster in BC Kết quả chấm điểm, with a chart for each cluster that has scores", () => {
    const report = sb.services.spreadsheet.getSheetByName(SCORE_REPORT);
    const titles = (report?.getCharts() ?? []).map((c) => String(c.spec.options.title));
    expect(titles).toHaveLength(10 - UNSCORED.length);
    for (const id of UNSCORED) expect(titles).not.toContain(`Cụm ${id}: tổng điểm từng đơn vị`);
    expect(titles).toContain("Cụm 1: tổng điểm từng đơn vị");
    // Cluster 1: Lê Lợi and Quang Trung tie for the lead, so neither is proposed (DI07: a vote).
    expect(proposed("1")).toEqual([]);
    expect(
      ranking("1")
        .slice(0, 2)
        .map((r) => r[0]),
    ).toEqual(["1", "1"]);
    // Cluster 3: Phòng Tư pháp scores highest but registered late (DV02): the next one is proposed.
    expect(ranking("3")[0]?.[1]).toBe(ONLY_LATE);
    expect(proposed("3")).toEqual(["Phòng Nội vụ"]);
    expect(proposed("2")).toEqual(["UBND xã Đường Lâm"]);
    expect(proposed("9")).toEqual([]);
  });
});
