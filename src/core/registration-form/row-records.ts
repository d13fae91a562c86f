import type { Cell } from "../cell";
import { REG, SUBJECT } from "../contract/workbook";
import { toInstant } from "../dates";
import type { CivilDate } from "../dates/civil-date";
import type { PlanIndex, Unit } from "../plan/types";
import type { Grid } from "../table";
import { cleanText, headerKey } from "../text/normalize";
import { isCivilDate, type WriteValue } from "../write-value";
import type { Submission } from "./schema";

/** Who and when, stamped by the server: never taken from the client. */
export interface Stamp {
  readonly date: CivilDate;
  readonly user: string;
}

export type RowRecord = Readonly<Record<string, WriteValue>>;

/** The catalogue's full name for a title typed as an abbreviation or variant; the text itself otherwise. */
const titleName = (index: PlanIndex, text: string): string => index.title(text)?.name ?? cleanText(text);

/** The rows a submission adds to the cluster tab, collective first, keyed by header. */
export function submissionRecords(
  sub: Submission,
  unit: Unit,
  index: PlanIndex,
  stamp: Stamp,
  firstNo: number,
): RowRecord[] {
  const base = { [REG.unit]: unit.name, [REG.date]: stamp.date, [REG.enteredBy]: stamp.user };
  const rows: Record<string, WriteValue>[] = [];
  if (sub.collective) {
    rows.push({
      ...base,
      [REG.subject]: SUBJECT.collective,
      [REG.person]: "",
      [REG.position]: "",
      [REG.title]: titleName(index, sub.collective.title),
      [REG.initiative]: cleanText(sub.collective.initiative),
    });
  }
  for (const p of sub.individuals) {
    rows.push({
      ...base,
      [REG.subject]: SUBJECT.individual,
      [REG.person]: cleanText(p.name),
      [REG.position]: cleanText(p.position),
      [REG.title]: titleName(index, p.title),
      [REG.initiative]: cleanText(p.initiative),
    });
  }
  return rows.map((r, i) => ({ [REG.no]: firstNo + i, ...r }));
}

/** The next `STT`: one more than the largest number in the column. */
export function nextNumber(values: readonly (readonly Cell[])[], column: number): number {
  let max = 0;
  for (const row of values.slice(1)) {
    const v = row[column];
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim()) : Number.NaN;
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max + 1;
}

/** 0-based column of each header of the tab's header row (first match wins). */
export function columnsOf(header: readonly Cell[]): Map<string, number> {
  const out = new Map<string, number>();
  header.forEach((h, i) => {
    const key = headerKey(typeof h === "string" ? h : "");
    if (key && !out.has(key)) out.set(key, i);
  });
  return out;
}

/** Runs of adjacent columns to write: each run is one `setValues` (1-based first column). */
export interface ColumnRun {
  readonly column: number;
  readonly rows: WriteValue[][];
}

/**
 * Places records under their headers. In place (`fillGaps` false), as few
 * blocks of adjacent columns as possible: columns the records do not name (the
 * office's own) are not written. Below the last used row (`fillGaps` true), one
 * block from the first to the last named column, blank in between: those
 * cells are empty already, and one block is one call.
 */
export function columnRuns(
  header: readonly Cell[],
  records: readonly RowRecord[],
  fillGaps = false,
): ColumnRun[] {
  const cols = columnsOf(header);
  const used = [...new Set(records.flatMap((r) => Object.keys(r)))]
    .map((h) => ({ h, c: cols.get(headerKey(h)) }))
    .filter((x): x is { h: string; c: number } => x.c !== undefined)
    .sort((a, b) => a.c - b.c);
  const runs: { column: number; headers: string[] }[] = [];
  for (const { h, c } of used) {
    const last = runs[runs.length - 1];
    if (last && fillGaps) {
      while (last.column + last.headers.length < c + 1) last.headers.push("");
      last.headers.push(h);
    } else if (last && last.column + last.headers.length === c + 1) last.headers.push(h);
    else runs.push({ column: c + 1, headers: [h] });
  }
  return runs.map((run) => ({
    column: run.column,
    rows: records.map((r) => run.headers.map((h) => (h ? (r[h] ?? "") : ""))),
  }));
}

/** A value as a cell would read back (a civil date as its local midnight). */
function toCell(v: WriteValue): Cell {
  return isCivilDate(v) ? toInstant(v) : v;
}

/** The tab as it will be once `runs` are written at `row` (in memory: what the rules check). */
export function withRuns(grid: Grid, row: number, runs: readonly ColumnRun[]): Grid {
  const values = grid.values.map((r) => [...r]);
  const width = Math.max(values[0]?.length ?? 0, 1);
  for (const run of runs) {
    run.rows.forEach((cells, i) => {
      const r = row - 1 + i;
      while (values.length <= r) values.push(Array.from({ length: width }, () => ""));
      const target = values[r] as Cell[];
      cells.forEach((v, j) => {
        target[run.column - 1 + j] = toCell(v);
      });
    });
  }
  return { name: grid.name, values };
}
