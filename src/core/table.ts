import type { Cell } from "./cell";
import { isBlank } from "./cell";
import { headerKey } from "./text/normalize";

/** One tab's values as read in one call: row 0 is the header row. */
export interface Grid {
  readonly name: string;
  readonly values: readonly (readonly Cell[])[];
}

export interface TableRow {
  /** 1-based sheet row number. */
  readonly rowNumber: number;
  readonly cells: readonly Cell[];
}

/** A tab seen through its header: columns are found by header text, never by position. */
export interface Table {
  readonly name: string;
  readonly headers: readonly Cell[];
  /** Data rows that are not entirely blank, in sheet order. */
  readonly rows: readonly TableRow[];
  /** 0-based column index of a header, or undefined when the tab lacks it. */
  col(header: string): number | undefined;
  has(header: string): boolean;
  get(row: TableRow, header: string): Cell;
}

// A grid is read once and never changed: its table is built once, however many rules ask for it.
const tables = new WeakMap<Grid, Table>();

/** The grid seen through its header row (built once per grid). */
export function toTable(grid: Grid): Table {
  const hit = tables.get(grid);
  if (hit) return hit;
  const table = buildTable(grid);
  tables.set(grid, table);
  return table;
}

function buildTable(grid: Grid): Table {
  const headerRow = grid.values[0] ?? [];
  const columns = new Map<string, number[]>();
  headerRow.forEach((h, i) => {
    if (typeof h !== "string") return;
    const key = headerKey(h);
    if (key) columns.set(key, [...(columns.get(key) ?? []), i]);
  });
  const rows: TableRow[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    if (cells.some((c) => !isBlank(c))) rows.push({ rowNumber: r + 1, cells });
  }
  // A header written twice is a finding (BT02); meanwhile the column holding data is read, so an
  // empty copy of `Đơn vị` added at A does not blank every row.
  const index = new Map<string, number>();
  for (const [key, list] of columns) {
    const withData = list.length > 1 ? list.find((c) => rows.some((r) => !isBlank(r.cells[c]))) : undefined;
    index.set(key, withData ?? (list[0] as number));
  }
  const col = (header: string) => index.get(headerKey(header));
  return {
    name: grid.name,
    headers: headerRow,
    rows,
    col,
    has: (header) => col(header) !== undefined,
    get(row, header) {
      const c = col(header);
      return c === undefined ? "" : (row.cells[c] ?? "");
    },
  };
}

/** The workbook as the checks see it: each tab's values by tab name. */
export interface Snapshot {
  readonly grids: readonly Grid[];
}

const byName = new WeakMap<Snapshot, Map<string, Grid>>();

/** Find a tab by name, tolerant of case, spacing and Unicode form (the first of equal names wins). */
export function findGrid(snapshot: Snapshot, name: string): Grid | undefined {
  let index = byName.get(snapshot);
  if (!index) {
    index = new Map();
    for (const g of snapshot.grids) if (!index.has(headerKey(g.name))) index.set(headerKey(g.name), g);
    byName.set(snapshot, index);
  }
  return index.get(headerKey(name));
}
