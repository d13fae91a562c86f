import { describe, expect, it } from "vitest";
import {
  CAMPAIGN,
  CLUSTER,
  CONFIG,
  DOSSIER,
  LOG,
  SETTING,
  scoreTabName,
  TAB,
  TASK,
} from "../../../src/core/contract/workbook";
import { civilDate } from "../../../src/core/dates/civil-date";
import type { Snapshot } from "../../../src/core/table";
import { CLUSTER_ROWS, TIMELINE_ROWS } from "../../../src/core/template";
import { nextYear } from "../../../src/core/year-end/next-year";
import { nextYearDate, shiftDateCell } from "../../../src/core/year-end/shift-dates";
import { grid, tab, workbook } from "../plan/workbook";
import { CLUSTER_TAB, LE_LOI, past } from "./fixture";

const snapshot = workbook({
  settings: {
    [SETTING.year]: 2020,
    [SETTING.deadline]: new Date("2020-02-28T17:00:00Z"),
    [SETTING.referenceDate]: "29/02/2020",
  },
  tabs: [
    tab(TAB.clusters, [{ ...CLUSTER_ROWS[0], [CLUSTER.deadline]: "1/9/2020" }, ...CLUSTER_ROWS.slice(1)]),
    tab(TAB.timeline, [
      { ...TIMELINE_ROWS[0], [TASK.done]: "08/01/2020", [TASK.state]: "Đã hoàn thành" },
      { ...TIMELINE_ROWS[1], [TASK.deadline]: "Quý IV" },
      ...TIMELINE_ROWS.slice(2),
    ]),
    grid(
      CLUSTER_TAB,
      ["STT", "Đơn vị"],
      [
        { STT: 1, "Đơn vị": LE_LOI },
        { STT: 2, "Đơn vị": LE_LOI },
      ],
    ),
    grid(scoreTabName("1"), ["Đơn vị"], [{ "Đơn vị": LE_LOI }]),
    tab(TAB.dossier, [
      { [DOSSIER.cluster]: "1", [DOSSIER.plan]: "Đã nộp", [DOSSIER.submitted]: "20/02/2020" },
    ]),
    tab(TAB.campaigns, [
      { [CAMPAIGN.name]: "Phong trào A", [CAMPAIGN.plan]: "Có", [CAMPAIGN.date]: "10/01/2020" },
    ]),
    tab(TAB.history, [past(2020, "Trần Thị Hoa", "LĐTT")]),
    tab(TAB.log, [{ [LOG.action]: "Kiểm tra" }]),
    grid("BC Tổng hợp", ["x"], [{ x: 1 }]),
  ],
});
const result = nextYear(snapshot);
const edits = (sheet: string) => result.tabs.find((t) => t.sheet === sheet);

describe("the next year's workbook", () => {
  it("moves a date one year on, 29/02 to 28/02", () => {
    expect(nextYearDate(civilDate(29, 2, 2020))).toEqual(civilDate(28, 2, 2021));
    expect(nextYearDate(civilDate(31, 12, 2020))).toEqual(civilDate(31, 12, 2021));
    expect(shiftDateCell("29/02/2020")).toBe("28/02/2021");
    expect(shiftDateCell(new Date("2020-02-28T17:00:00Z"))).toEqual(civilDate(28, 2, 2021));
    for (const other of ["Quý IV", 2020, "", null, true, "2020-02-29"])
      expect(shiftDateCell(other)).toBeUndefined();
  });

  it("sets Năm thi đua + 1 and moves the dates of Cấu hình, text and date cells alike", () => {
    expect(result.year).toBe(2021);
    expect(result.findings).toEqual([]);
    const set = edits(TAB.config)?.set.map((e) => [e.row, e.header, e.value]);
    expect(set).toEqual([
      [2, CONFIG.value, 2021],
      [4, CONFIG.value, civilDate(28, 2, 2021)],
      [8, CONFIG.value, "28/02/2021"],
    ]);
  });

  it("moves the dates of Cụm thi đua and Tiến độ, keeps what is not a date, clears the status columns", () => {
    expect(edits(TAB.clusters)?.set).toEqual([
      { row: 2, column: 5, header: CLUSTER.deadline, value: "01/09/2021" },
    ]);
    const timeline = edits(TAB.timeline);
    expect(timeline?.set).toHaveLength(TIMELINE_ROWS.length - 1);
    expect(timeline?.set[0]).toEqual({
      row: 2,
      column: 7,
      header: TASK.deadline,
      value: civilDate(10, 1, 2021),
    });
    expect(timeline?.set.some((e) => e.row === 3)).toBe(false);
    expect(timeline?.clearColumns.map((c) => [c.header, c.from, c.to])).toEqual([
      [TASK.done, 2, TIMELINE_ROWS.length + 1],
      [TASK.state, 2, TIMELINE_ROWS.length + 1],
    ]);
  });

  it("empties the cluster tabs, the dossier, the campaigns' plans and the log; deletes the BC tabs", () => {
    expect(edits(CLUSTER_TAB)?.clearRows).toEqual({ from: 2, to: 3 });
    expect(edits(scoreTabName("1"))?.clearRows).toEqual({ from: 2, to: 2 });
    expect(edits(TAB.dossier)?.clearColumns.map((c) => c.header)).toEqual([
      DOSSIER.plan,
      DOSSIER.regulation,
      DOSSIER.criteria,
      DOSSIER.covenant,
      DOSSIER.list,
      DOSSIER.submitted,
      DOSSIER.status,
    ]);
    expect(edits(TAB.campaigns)?.clearColumns.map((c) => c.header)).toEqual([
      CAMPAIGN.plan,
      CAMPAIGN.criteria,
      CAMPAIGN.participants,
      CAMPAIGN.date,
      CAMPAIGN.status,
    ]);
    expect(edits(TAB.log)?.clearRows).toEqual({ from: 2, to: 2 });
    expect(result.deleteTabs).toEqual(["BC Tổng hợp"]);
  });

  it("keeps the history (this year's rows included), the criteria and the other setup tabs", () => {
    for (const kept of [TAB.history, TAB.criteria, TAB.titles, TAB.units])
      expect(edits(kept)).toBeUndefined();
  });

  it("never throws on an empty or odd workbook", () => {
    const odd: Snapshot = {
      grids: [
        { name: TAB.config, values: [] },
        { name: TAB.timeline, values: [[TASK.deadline]] },
        { name: TAB.clusters, values: [[CLUSTER.id], [], [null, undefined]] },
        { name: "Cụm 1", values: [] },
      ],
    };
    for (const s of [{ grids: [] }, odd]) {
      const r = nextYear(s);
      expect(r.year).toBeNull();
      expect(r.findings.map((f) => f.code)).toEqual(["BT03"]);
    }
    expect(nextYear(odd).tabs).toEqual([]);
  });
});
