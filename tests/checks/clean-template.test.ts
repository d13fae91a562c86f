import { beforeAll, describe, expect, it } from "vitest";
import {
  CAMPAIGN,
  clusterTabName,
  DOSSIER,
  REG,
  TAB,
  TASK,
  TASK_STATE,
} from "../../src/core/contract/workbook";
import { DEMO_UNIT_ROWS } from "../../tools/demo/units";
import {
  CLUSTER_IDS,
  cleanRegistrations,
  cleanWorkbook,
  summaryCounts,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";

describe("the clean 2020 workbook", () => {
  let wb: Workbook;
  let alert: string;
  beforeAll(() => {
    wb = cleanWorkbook();
    alert = wb.checkData();
  });

  it("holds every demo unit and a registration for each", () => {
    const registered = new Set([...cleanRegistrations().values()].flat().map((r) => r[REG.unit]));
    expect(UNITS.length).toBe(DEMO_UNIT_ROWS.length);
    expect(new Set(UNITS.map((u) => u.cluster))).toEqual(new Set(CLUSTER_IDS));
    for (const u of UNITS) expect(registered.has(u.name)).toBe(true);
  });

  it("passes Kiểm tra dữ liệu with zero errors, warnings and infos", () => {
    expect(summaryCounts(alert)).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(alert).toContain("Không có phát hiện nào");
  });

  it("lists no finding code at all in BC Kiểm tra", () => {
    expect(Object.fromEntries(wb.reportCodes())).toEqual({});
    expect(wb.reportLines().join("\n")).toContain("Không có phát hiện nào.");
  });

  it("marks every registration row of every cluster tab Hợp lệ", () => {
    const expected = cleanRegistrations();
    for (const id of CLUSTER_IDS) {
      const statuses = wb.statuses(clusterTabName(id));
      expect(statuses.length).toBe(expected.get(id)?.length);
      expect(statuses.filter((s) => s !== "Hợp lệ")).toEqual([]);
    }
  });

  it("marks every dossier and campaign row Hợp lệ", () => {
    expect(wb.statuses(TAB.dossier, DOSSIER.status).every((s) => s === "Hợp lệ")).toBe(true);
    expect(wb.statuses(TAB.dossier, DOSSIER.status)).toHaveLength(10);
    expect(wb.statuses(TAB.campaigns, CAMPAIGN.status).every((s) => s === "Hợp lệ")).toBe(true);
    expect(wb.statuses(TAB.campaigns, CAMPAIGN.status)).toHaveLength(7);
  });

  it("writes a task state on every Tiến độ row and none is overdue or due soon", () => {
    const states = wb.statuses(TAB.timeline, TASK.state);
    expect(states).toHaveLength(28);
    expect(states.every((s) => s === TASK_STATE.done || s === TASK_STATE.notDue)).toBe(true);
    expect(states).toContain(TASK_STATE.done);
    expect(states).toContain(TASK_STATE.notDue);
  });
});
