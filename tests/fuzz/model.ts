/**
 * The fuzz run's model of "what the add-on may write" (WORKBOOK.md, "The add-on writes only
 * to"): cell-by-cell differences between two dumps of the workbook, and the rule each action
 * must keep.
 */

import { expect } from "vitest";
import { clusterTabName, REG, TAB } from "../../src/core/contract/workbook";
import { DATA_HEADERS } from "../../src/core/rules/registrations/registration";
import { headerKey } from "../../src/core/text/normalize";
import type { Workbook } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";

/** The caller's cluster tab: a cluster-3 head runs every sidebar call. */
const TAB3 = clusterTabName("3");

export type Dump = Record<string, readonly (readonly unknown[])[]>;

/** Every tab's cells, formulas as their text, for comparisons. */
export const dumpOf = (wb: Workbook): Dump => wb.untracked(() => snapshot(wb.ss, { formulas: true }));

const token = (v: unknown): string => {
  if (Object.prototype.toString.call(v) === "[object Date]") return `D${(v as Date).getTime()}`;
  if (typeof v === "number") return `N${Object.is(v, -0) ? "-0" : String(v)}`;
  return v === "" || v === undefined || v === null ? "" : `${typeof v}:${String(v)}`;
};

export interface CellChange {
  readonly tab: string;
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly before: unknown;
  readonly after: unknown;
}

/** The cells whose value (or formula) differs between two dumps, tabs added or removed included. */
export function changes(before: Dump, after: Dump): CellChange[] {
  const out: CellChange[] = [];
  for (const tab of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[tab] ?? [];
    const b = after[tab] ?? [];
    const rows = Math.max(a.length, b.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (token(a[r]?.[c]) !== token(b[r]?.[c])) {
          out.push({ tab, row: r + 1, column: c + 1, before: a[r]?.[c], after: b[r]?.[c] });
        }
      }
    }
  }
  return out;
}

/** 1-based column of a header in a dumped tab's row 1 (first match), 0 when absent. */
function columnOf(dump: Dump, tab: string, header: string): number {
  const row = dump[tab]?.[0] ?? [];
  return row.findIndex((h) => typeof h === "string" && headerKey(h) === headerKey(header)) + 1;
}

/** Blank as the checks see it (`isBlank`): empty, or white space only; a formula never is. */
const blank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The columns a correction may write (the person's own cells) and a withdrawal clears. */
const UPDATE_HEADERS = [REG.person, REG.position, REG.title, REG.initiative];
const WITHDRAW_HEADERS = [...DATA_HEADERS, REG.status];

/** Why a change is not allowed after a sidebar call, or null when WORKBOOK.md allows it. */
export function sidebarVeto(
  c: CellChange,
  before: Dump,
  ok: boolean,
  kind: string,
  row: number,
): string | null {
  if (!ok) return "a refused call writes nothing";
  const lastBefore = before[c.tab]?.length ?? 0;
  if (c.tab === TAB.log) return c.row > lastBefore ? null : "the log is only appended to";
  if (c.tab !== TAB3) return "outside the caller's cluster tab";
  if (c.row === 1) return "a header";
  const header = (h: string) => columnOf(before, TAB3, h);
  if (c.column === header(REG.status)) return null;
  if (kind === "submit" && c.row > lastBefore) return null;
  if (kind === "update" && c.row === row && UPDATE_HEADERS.some((h) => header(h) === c.column)) return null;
  if (kind === "withdraw" && c.row === row && WITHDRAW_HEADERS.some((h) => header(h) === c.column))
    return null;
  return "a data cell the call may not write";
}

/** Why a change is not allowed after onEdit of `rows` of `tab`, or null (status; blank stamps, never a formula). */
export function editVeto(c: CellChange, before: Dump, tab: string, rows: [number, number]): string | null {
  if (c.tab !== tab || !tab.startsWith("Cụm ")) return "outside the edited cluster tab";
  if (c.row < Math.max(rows[0], 2) || c.row > rows[1]) return "outside the edited rows";
  const header = (h: string) => columnOf(before, tab, h);
  if (c.column === header(REG.status)) return null;
  const stamp = c.column === header(REG.date) || c.column === header(REG.enteredBy);
  if (stamp && blank(c.before) && !String(c.before ?? "").startsWith("=")) return null;
  return "a data cell the live check may not write";
}

export function expectOnly(list: CellChange[], veto: (c: CellChange) => string | null): void {
  const bad = list.flatMap((c) => {
    const why = veto(c);
    return why
      ? [`${c.tab}!R${c.row}C${c.column} ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}: ${why}`]
      : [];
  });
  expect(bad).toEqual([]);
}
