import { describe, expect, it } from "vitest";
import type { Cell } from "../../../../src/core/cell";
import { HEADERS, TAB, TASK, TASK_STATE } from "../../../../src/core/contract/workbook";
import { formatCivil } from "../../../../src/core/dates/civil";
import { type CivilDate, civilDate } from "../../../../src/core/dates/civil-date";
import { addDays } from "../../../../src/core/dates/zone";
import { checkTimeline, DUE_SOON_DAYS } from "../../../../src/core/rules/timeline/check-timeline";
import type { Snapshot } from "../../../../src/core/table";
import { dateCell, planIndex } from "../plan-fixture";

const today = civilDate(10, 3, 2020);
const index = planIndex({ today, deadline: civilDate(28, 2, 2020) });
const headers = HEADERS[TAB.timeline] ?? [];

/** A task row in the contract's column order. */
const task = (no: Cell, deadline: Cell, done: Cell = "", content: Cell = `Nhiệm vụ ${no}`): Cell[] => [
  no,
  "Quý I",
  content,
  "Chủ tịch Hội đồng TĐKT thị xã",
  "Phòng Nội vụ thị xã",
  "",
  deadline,
  done,
  "",
];
const inDays = (n: number): string => formatCivil(addDays(today, n));
const snapshot = (...rows: Cell[][]): Snapshot => ({
  grids: [{ name: TAB.timeline, values: [headers, ...rows] }],
});
const run = (...rows: Cell[][]) => checkTimeline(snapshot(...rows), index);
const at = (d: CivilDate) => dateCell(d.day, d.month, d.year);

describe("checkTimeline", () => {
  it("gives the states around today ± 7 days, with TD01 and TD02 where due", () => {
    const offsets = [-8, -1, 0, 1, DUE_SOON_DAYS, DUE_SOON_DAYS + 1, 30];
    const { findings, states } = run(...offsets.map((n, i) => task(i + 1, inDays(n))));
    expect(states.map((s) => s.state)).toEqual([
      TASK_STATE.overdue,
      TASK_STATE.overdue,
      TASK_STATE.dueSoon,
      TASK_STATE.dueSoon,
      TASK_STATE.dueSoon,
      TASK_STATE.notDue,
      TASK_STATE.notDue,
    ]);
    expect(findings.map((f) => [f.code, f.row, f.severity])).toEqual([
      ["TD01", 2, "Lỗi"],
      ["TD01", 3, "Lỗi"],
      ["TD02", 4, "Cảnh báo"],
      ["TD02", 5, "Cảnh báo"],
      ["TD02", 6, "Cảnh báo"],
    ]);
  });

  it("treats a task due today as due soon, not overdue (the deadline day is on time)", () => {
    const { findings } = run(task(1, formatCivil(today)));
    expect(findings[0]!.code).toBe("TD02");
    expect(findings[0]!.message).toContain("hôm nay");
  });

  it("names the deadline, the days late and the task in TD01, on the Ngày hoàn thành column", () => {
    const [f] = run(task(4, "01/03/2020", "", "Tổ chức Hội nghị ký kết giao ước thi đua")).findings;
    expect(f!.column).toBe(TASK.done);
    expect(f!.message).toContain("Nhiệm vụ số 4 ('Tổ chức Hội nghị ký kết giao ước thi đua')");
    expect(f!.message).toContain("01/03/2020 (9 ngày)");
  });

  it("marks a task done when Ngày hoàn thành is a date, late or not, with no finding", () => {
    const { findings, states } = run(task(1, "01/03/2020", "05/03/2020"), task(2, inDays(3), at(today)));
    expect(findings).toEqual([]);
    expect(states).toEqual([
      { row: 2, state: TASK_STATE.done },
      { row: 3, state: TASK_STATE.done },
    ]);
  });

  it("reads real date cells the same way as dd/mm/yyyy text", () => {
    const { states } = run(
      task(1, at(addDays(today, -1))),
      task(2, at(today)),
      task(3, at(addDays(today, 8))),
    );
    expect(states.map((s) => s.state)).toEqual([TASK_STATE.overdue, TASK_STATE.dueSoon, TASK_STATE.notDue]);
  });

  it("treats a Ngày hoàn thành that is not a date as not done, and says so in TD01 and TD02", () => {
    const { findings, states } = run(task(1, "01/03/2020", "xong"), task(2, inDays(2), "5/3"));
    expect(states.map((s) => s.state)).toEqual([TASK_STATE.overdue, TASK_STATE.dueSoon]);
    expect(findings.map((f) => f.code)).toEqual(["TD01", "TD02"]);
    expect(findings[0]!.message).toContain("Ngày hoàn thành 'xong' không phải là ngày hợp lệ");
    expect(findings[1]!.message).toContain("'5/3'");
    expect(findings[1]!.message).toContain("chưa có Ngày hoàn thành hợp lệ");
  });

  it("reports TD03 with an empty state when Hạn is blank or not a date", () => {
    const { findings, states } = run(task(1, "Quý I"), task(2, "", "", "Sơ kết"), task(3, "31/02/2020"));
    expect(states.map((s) => s.state)).toEqual(["", "", ""]);
    expect(findings.map((f) => [f.code, f.row, f.column])).toEqual([
      ["TD03", 2, TASK.deadline],
      ["TD03", 3, TASK.deadline],
      ["TD03", 4, TASK.deadline],
    ]);
    expect(findings[0]!.message).toContain("'Quý I'");
    expect(findings[1]!.message).toContain("chưa có Hạn");
  });

  it("still reports TD03 for a done task whose Hạn is not a date, keeping it done", () => {
    const { findings, states } = run(task(1, "tháng 3", "05/03/2020"));
    expect(states).toEqual([{ row: 2, state: TASK_STATE.done }]);
    expect(findings.map((f) => f.code)).toEqual(["TD03"]);
  });

  it("finds columns by header when reordered, and keeps sheet row numbers across blank rows", () => {
    const reordered = [TASK.state, TASK.done, TASK.content, "Ghi chú riêng", TASK.deadline, TASK.no];
    const values: Cell[][] = [
      reordered,
      [],
      [TASK_STATE.notDue, "", "Báo cáo", "", "01/03/2020", 1],
      ["", "", "", "", "", ""],
      ["", "", "Khen thưởng", "", inDays(20), 2],
    ];
    const { findings, states } = checkTimeline({ grids: [{ name: TAB.timeline, values }] }, index);
    expect(states).toEqual([
      { row: 3, state: TASK_STATE.overdue },
      { row: 5, state: TASK_STATE.notDue },
    ]);
    expect(findings.map((f) => [f.code, f.row])).toEqual([["TD01", 3]]);
  });

  it("clears the state of a row that holds no task, without a finding", () => {
    const leftover = ["", "", "", "", "", "", "", "", TASK_STATE.overdue];
    expect(run(leftover)).toEqual({ findings: [], states: [{ row: 2, state: "" }] });
  });

  it("gives nothing when the tab or its Hạn column is missing (BT01/BT02 cover that)", () => {
    expect(checkTimeline({ grids: [] }, index)).toEqual({ findings: [], states: [] });
    const noDeadline = { grids: [{ name: TAB.timeline, values: [[TASK.content], ["Báo cáo"]] }] };
    expect(checkTimeline(noDeadline, index)).toEqual({ findings: [], states: [] });
  });
});
