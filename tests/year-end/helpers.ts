/** Where things are in the year-end workbook (tools/fixtures/year-end-workbook.ts), for the tests. */
import { clusterTabName, HISTORY, REG, RESULT, SUBJECT, TAB } from "../../src/core/contract/workbook";
import {
  individual,
  LDTT_PER_UNIT,
  ON_TIME,
  personName,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";
import type { ResultCells } from "../../tools/fixtures/year-end-workbook";

export const C1 = clusterTabName("1");
/** The first ward of cluster 1 ("UBND phường Lê Lợi"): 7 LĐTT, one of them CSTĐCS, TTLĐTT, TTLĐXS, CTĐTP. */
export const WARD = UNITS.find((u) => u.cluster === "1")?.name ?? "";
export const OTHER_WARD = UNITS.filter((u) => u.cluster === "1")[1]?.name ?? "";
export const COMMUNE = UNITS.find((u) => u.cluster === "2")?.name ?? "";

/** The i-th person of a unit in the clean workbook (person 0 holds LĐTT and CSTĐCS). */
export const personOf = (unit: string, i: number): string =>
  personName(UNITS.findIndex((u) => u.name === unit) * LDTT_PER_UNIT + i);

/** A person no clean row names. */
export const newcomer = (i: number): string => `Nguyễn Thị Mới ${"ABCDEFGHIJ"[i] ?? i}`;

/** 1-based row of `title` for `unit` (and `person`) in a cluster tab. */
export function rowOf(wb: Workbook, tab: string, unit: string, title: string, person = ""): number {
  const headers = wb.headers(tab);
  const values = wb.writer.values(tab);
  const [u, t, p] = [REG.unit, REG.title, REG.person].map((h) => headers.indexOf(h)) as [
    number,
    number,
    number,
  ];
  const i = values.findIndex(
    (r, n) => n > 0 && r[u] === unit && r[t] === title && String(r[p] ?? "") === person,
  );
  if (i < 1) throw new Error(`no row ${unit} / ${title} / ${person} in ${tab}`);
  return i + 1;
}

/** Sets year-end cells of one row, as typed. */
export function setCells(wb: Workbook, tab: string, row: number, cells: ResultCells): void {
  for (const [h, v] of Object.entries(cells)) wb.set(tab, row, h, v);
}

/** Appends an individual's registration with its result to a cluster tab; returns its row. */
export function addRow(
  wb: Workbook,
  tab: string,
  unit: string,
  person: string,
  title: string,
  cells: ResultCells,
  extra: Record<string, unknown> = {},
): number {
  return wb.append(tab, { ...individual(unit, person, title), [REG.date]: ON_TIME, ...extra, ...cells });
}

/** Appends rows to `Lịch sử khen thưởng`: [year, unit, person, title, rating]. */
export function addHistory(
  wb: Workbook,
  rows: readonly (readonly [number, string, string, string, string?])[],
): void {
  wb.writeRows(
    TAB.history,
    rows.map(([year, unit, person, title, rating]) => ({
      [HISTORY.year]: year,
      [HISTORY.unit]: unit,
      [HISTORY.subject]: person ? SUBJECT.individual : SUBJECT.collective,
      [HISTORY.person]: person,
      [HISTORY.title]: title,
      [HISTORY.rating]: rating ?? "",
    })),
  );
}

export const INITIATIVE = { [REG.initiative]: "Sáng kiến cải tiến quy trình tiếp nhận hồ sơ" };

export const passed = (extra: ResultCells = {}): ResultCells => ({ [RESULT.outcome]: "Đạt", ...extra });
