import { describe, expect, it } from "vitest";
import { TASK } from "../../../src/core/contract/workbook";
import type { CivilDate } from "../../../src/core/dates/civil-date";
import { QUARTERS, TIMELINE_ROWS } from "../../../src/core/template/timeline";
import { readShared } from "./shared-docs";

const isValidCivilDate = (v: unknown): v is CivilDate => {
  if (typeof v !== "object" || v === null) return false;
  const { year, month, day } = v as CivilDate;
  if (![year, month, day].every(Number.isInteger)) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

describe("the 2020 timeline template", () => {
  it("holds exactly the 28 tasks of the appendix, numbered 1 to 28", () => {
    expect(TIMELINE_ROWS).toHaveLength(28);
    expect(TIMELINE_ROWS.map((r) => r[TASK.no])).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it("gives every task a valid deadline in 2020", () => {
    for (const row of TIMELINE_ROWS) {
      const deadline = row[TASK.deadline];
      expect(isValidCivilDate(deadline), `task ${row[TASK.no]}`).toBe(true);
      expect((deadline as CivilDate).year).toBe(2020);
    }
  });

  it("lists the quarters in non-decreasing order, each deadline inside its quarter", () => {
    let last = 0;
    for (const row of TIMELINE_ROWS) {
      const q = QUARTERS.indexOf(row[TASK.quarter] as (typeof QUARTERS)[number]);
      expect(q, `task ${row[TASK.no]} has quarter ${String(row[TASK.quarter])}`).toBeGreaterThanOrEqual(0);
      expect(q).toBeGreaterThanOrEqual(last);
      last = q;
      const month = (row[TASK.deadline] as CivilDate).month;
      expect(Math.floor((month - 1) / 3), `task ${row[TASK.no]}`).toBe(q);
    }
  });

  it("has every quarter with the appendix's counts: 10, 7, 5 and 6 tasks", () => {
    const counts = QUARTERS.map((q) => TIMELINE_ROWS.filter((r) => r[TASK.quarter] === q).length);
    expect(counts).toEqual([10, 7, 5, 6]);
  });

  it("keeps completion date and state blank for the add-on and the office to fill", () => {
    for (const row of TIMELINE_ROWS) {
      expect(row[TASK.done]).toBe("");
      expect(row[TASK.state]).toBe("");
    }
  });

  it("names a lead and an executing unit for every task", () => {
    for (const row of TIMELINE_ROWS) {
      expect(row[TASK.content], `task ${row[TASK.no]}`).not.toBe("");
      expect(row[TASK.lead], `task ${row[TASK.no]}`).not.toBe("");
      expect(row[TASK.executor], `task ${row[TASK.no]}`).not.toBe("");
    }
  });

  it("matches the deadlines of the seed's appendix, task by task", (ctx) => {
    const seed = readShared("seeds/000_30edd65f61537c1a.txt");
    if (seed === null) return ctx.skip();
    const appendix = seed.slice(seed.indexOf("PHỤ LỤC"));
    const fromSeed = new Map<number, string>();
    for (const line of appendix.split("\n")) {
      const m = /^(\d+)\.\t/.exec(line);
      const dates = [...line.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)];
      const last = dates[dates.length - 1];
      if (m && last) fromSeed.set(Number(m[1]), `${Number(last[1])}/${Number(last[2])}/${last[3]}`);
    }
    expect(fromSeed.size).toBe(28);
    for (const row of TIMELINE_ROWS) {
      const d = row[TASK.deadline] as CivilDate;
      expect(`${d.day}/${d.month}/${d.year}`, `task ${row[TASK.no]}`).toBe(
        fromSeed.get(row[TASK.no] as number),
      );
    }
  });
});
