import { type Cell, isBlank } from "../cell";
import { clusterTabName, REG, STATUS_HEADER } from "../contract/workbook";
import { civilDateOf } from "../dates";
import type { CivilDate } from "../dates/civil-date";
import { parsePlan } from "../plan/parse-plan";
import { checkRow } from "../rules/registrations/check-row";
import { checkSets } from "../rules/registrations/check-sets";
import { CONTENT_HEADERS, fromTableRow } from "../rules/registrations/registration";
import { type Grid, type Snapshot, toTable } from "../table";
import { headerKey } from "../text/normalize";
import type { TabStatus } from "./check-workbook";
import { statusText, worstSeverity } from "./status-text";

/** A blank `Ngày đăng ký` / `Người nhập` cell to fill on a row typed by hand. */
export interface Stamp {
  readonly row: number;
  readonly column: number; // 1-based
  readonly value: CivilDate | string;
}

export interface EditCheck {
  readonly statusColumn: number; // 1-based, 0 when the tab has none
  readonly width: number;
  readonly firstRow: number;
  readonly rows: TabStatus["rows"];
  readonly stamps: readonly Stamp[];
}

/**
 * The live check of rows `first..last` of a cluster tab after an edit: the
 * stamps for blank date/user cells, then those rows' statuses. Null when the
 * tab is not a cluster tab of the plan.
 */
export function checkEdit(
  snapshot: Snapshot,
  tab: Grid,
  first: number,
  last: number,
  now: Date,
  user: string,
): EditCheck | null {
  const { index } = parsePlan(snapshot, now);
  const cluster = index.plan.clusters.find((c) => headerKey(clusterTabName(c.id)) === headerKey(tab.name));
  if (!cluster) return null;
  const header = tab.values[0] ?? [];
  const table0 = toTable(tab);
  const colOf = (h: string) => (table0.col(h) ?? -1) + 1;
  const from = Math.max(first, 2);
  const to = Math.min(last, tab.values.length);

  // Stamp blank date / user cells of edited registration rows (the real day, not
  // `Ngày tham chiếu`), in a copy of the tab where only the edited rows are copied.
  const values = tab.values.map((r, i) => (i + 1 >= from && i + 1 <= to ? [...r] : r));
  const stamps: Stamp[] = [];
  const dateCol = colOf(REG.date);
  const userCol = colOf(REG.enteredBy);
  for (let row = from; row <= to; row++) {
    const cells = values[row - 1] as Cell[];
    const content = CONTENT_HEADERS.some((h) => {
      const c = table0.col(h);
      return c !== undefined && !isBlank(cells[c]);
    });
    if (!content) continue;
    if (dateCol > 0 && isBlank(cells[dateCol - 1])) {
      stamps.push({ row, column: dateCol, value: civilDateOf(now) });
      cells[dateCol - 1] = new Date(now.getTime());
    }
    if (userCol > 0 && user && isBlank(cells[userCol - 1])) {
      stamps.push({ row, column: userCol, value: user });
      cells[userCol - 1] = user;
    }
  }

  const table = toTable({ name: tab.name, values });
  const regs = table.rows
    .filter((r) => CONTENT_HEADERS.some((h) => !isBlank(table.get(r, h))))
    .map((r) => fromTableRow(tab.name, cluster, table, r, index));
  const edited = regs.filter((r) => r.row >= from && r.row <= to);
  const findings = [...edited.flatMap((r) => checkRow(r, index)), ...checkSets(regs, index)];
  const rows: TabStatus["rows"][number][] = [];
  for (let row = from; row <= to; row++) {
    const own = findings.filter((f) => f.row === row);
    const isData = edited.some((r) => r.row === row);
    rows.push(
      isData || own.length > 0
        ? { text: statusText(own), severity: worstSeverity(own) }
        : { text: "", severity: null },
    );
  }
  return { statusColumn: colOf(STATUS_HEADER), width: header.length, firstRow: from, rows, stamps };
}
