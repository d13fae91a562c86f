import { type Cell, cellText, isBlank } from "../cell";
import { statusRows } from "../checks/status";
import { REG, RESULT, STATUS_HEADER } from "../contract/workbook";
import { civilDateOf } from "../dates";
import { severityOfText } from "../findings/catalogue";
import { clusterOfTab } from "../plan/cluster-tab";
import { parsePlan } from "../plan/parse-plan";
import { checkRegistrations } from "../rules/registrations/check-registrations";
import { isRegistrationRow, readTabRegistrations } from "../rules/registrations/registration";
import { type Grid, type Snapshot, toTable } from "../table";
import { headerKey } from "../text/normalize";
import type { WriteValue } from "../write-value";
import { cellBlocks, type PlacedCell } from "./cell-blocks";
import { fillOf } from "./status-writes";
import type { WriteOp } from "./write-plan";

export interface LiveCheckInput {
  /** The setup tabs the plan is parsed from. */
  readonly plan: Snapshot;
  /** The edited tab, as read after the edit. */
  readonly tab: Grid;
  /** The tab's formulas, same shape as its values ('' where a cell holds none). */
  readonly formulas: readonly (readonly string[])[];
  /** The edited rows, 1-based, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The edited columns, 1-based, inclusive (all of them when absent). */
  readonly columns?: { readonly first: number; readonly last: number };
  readonly user: string;
  readonly now: Date;
}

const RESULT_KEYS = new Set(Object.values(RESULT).map(headerKey));

/** True when every edited column is a year-end result column (`Xếp loại`, `Kết quả bình xét`…). */
function onlyResults(header: readonly Cell[], columns: { first: number; last: number }): boolean {
  if (columns.last > header.length) return false;
  for (let c = columns.first; c <= columns.last; c++)
    if (!RESULT_KEYS.has(headerKey(cellText(header[c - 1])))) return false;
  return true;
}

/**
 * The live check after an edit of a `Cụm N` tab: blank `Ngày đăng ký` / `Người nhập` of the
 * edited registration rows stamped (the real day, never over a formula), then those rows'
 * statuses and highlights against the whole tab. Only cells that change are written, in as
 * few blocks as they allow. No writes for any other tab. An edit of the year-end result columns
 * only is left alone: typing a result in December must not stamp a blank registration date, and
 * the year-end conditions need the whole workbook (`Kiểm tra dữ liệu` checks them).
 */
export function liveCheck(input: LiveCheckInput): WriteOp[] {
  const { index } = parsePlan(input.plan, input.now);
  const cluster = clusterOfTab(index, input.tab.name);
  if (!cluster) return [];
  const table = toTable(input.tab);
  if (input.columns && onlyResults(table.headers, input.columns)) return [];
  const from = Math.max(input.first, 2);
  const to = Math.min(input.last, input.tab.values.length);
  if (to < from) return [];
  const col = (h: string) => (table.col(h) ?? -1) + 1;
  const stamps = stampCells(input, from, to, col(REG.date), col(REG.enteredBy), (h, cells) => {
    const c = table.col(h);
    return c === undefined ? "" : cells[c];
  });

  // Check the tab as it will be once stamped: only the edited rows are copied.
  const values = input.tab.values.map((r) => r as Cell[]);
  for (const s of stamps) {
    const row = [...(values[s.row - 1] ?? [])];
    row[s.column - 1] = s.cell;
    values[s.row - 1] = row;
  }
  const grid: Grid = { name: input.tab.name, values };
  const regs = readTabRegistrations(grid, cluster, index);
  const edited = new Set(regs.filter((r) => r.row >= from && r.row <= to).map((r) => r.row));
  const rows = statusRows(checkRegistrations(regs, index), from, to, (row) => edited.has(row));

  const statusCol = col(STATUS_HEADER);
  const cells: PlacedCell[] = stamps.map((s) => ({ row: s.row, column: s.column, value: s.value }));
  const writes: WriteOp[] = [];
  if (statusCol > 0) {
    const old = (row: number) => String(values[row - 1]?.[statusCol - 1] ?? "");
    if (rows.some((r, i) => r.text !== old(from + i))) {
      rows.forEach((r, i) => {
        cells.push({ row: from + i, column: statusCol, value: r.text });
      });
    }
    if (rows.some((r, i) => r.severity !== severityOfStatus(old(from + i)))) {
      const width = input.tab.values[0]?.length ?? statusCol;
      writes.push({
        kind: "fill",
        sheet: input.tab.name,
        row: from,
        column: 1,
        colors: rows.map((r) => Array.from({ length: width }, () => fillOf(r))),
      });
    }
  }
  return [...cellBlocks(input.tab.name, cells), ...writes];
}

interface Stamp {
  readonly row: number;
  readonly column: number;
  readonly value: WriteValue;
  /** The value as the cell will read back. */
  readonly cell: Cell;
}

function stampCells(
  input: LiveCheckInput,
  from: number,
  to: number,
  dateCol: number,
  userCol: number,
  get: (header: string, cells: readonly Cell[]) => Cell,
): Stamp[] {
  const stamps: Stamp[] = [];
  const free = (row: number, column: number) =>
    column > 0 && isBlank(input.tab.values[row - 1]?.[column - 1]) && !input.formulas[row - 1]?.[column - 1];
  for (let row = from; row <= to; row++) {
    const cells = input.tab.values[row - 1] ?? [];
    if (!isRegistrationRow((h) => get(h, cells))) continue;
    if (free(row, dateCol)) {
      stamps.push({
        row,
        column: dateCol,
        value: civilDateOf(input.now),
        cell: new Date(input.now.getTime()),
      });
    }
    if (input.user && free(row, userCol))
      stamps.push({ row, column: userCol, value: input.user, cell: input.user });
  }
  return stamps;
}

/** The highlight a status text gives its row: the severity of its first code (errors come first). */
function severityOfStatus(text: string): string | null {
  const code = /^([A-Z]{2}\d{2}):/.exec(text)?.[1];
  return code ? (severityOfText(code) ?? null) : null;
}
