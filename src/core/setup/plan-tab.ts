import { cellText } from "../cell";
import { misplacedHeaderRow } from "../plan/header-row";
import type { Grid } from "../table";
import { headerKey } from "../text/normalize";
import type { WriteValue } from "../write-value";
import { type ColumnFill, fillNewColumns, keyOf } from "./fill-new-columns";
import type { ColumnLayout } from "./layout";

/** A template row: values by header. */
export type RowRecord = Readonly<Record<string, WriteValue>>;

/** What setup does to one tab. */
export interface TabPlan {
  readonly tab: string;
  /** The tab is missing and is created. */
  readonly create: boolean;
  /** The header row as it will be: the existing cells in place, then the appended headers. */
  readonly headers: readonly string[];
  /** Headers appended at the end of the header row (all of them for a new tab). */
  readonly newColumns: readonly string[];
  /** 1-based first row where `rows` are written (below every existing row). */
  readonly appendAt: number;
  /** Rows to append, aligned to `headers`. */
  readonly rows: readonly (readonly WriteValue[])[];
  /** Template values for `newColumns` in existing rows (an older tab gaining columns), or null. */
  readonly fill: ColumnFill | null;
  readonly layout: Readonly<Record<string, ColumnLayout>>;
  /**
   * The lower row where the tab's headers are, when not in row 1: setup then adds nothing to the
   * tab (a second, empty header set in row 1 would hide the real one) and says why.
   */
  readonly misplacedHeaderRow: number | null;
}

export interface TabSpec {
  readonly tab: string;
  readonly headers: readonly string[];
  readonly layout: Readonly<Record<string, ColumnLayout>>;
  /** Template rows to add when they are not there yet. */
  readonly templateRows?: readonly RowRecord[];
  /** A template row is there when any of these headers' values matches an existing row's. */
  readonly keyHeaders?: readonly string[];
  /**
   * The template rows whose values fill the columns appended to an existing tab, in the rows
   * they match by `keyHeaders` (whether or not the tab's template rows are seeded again).
   */
  readonly fillFrom?: readonly RowRecord[];
}

/** Plans one tab: missing columns appended, template rows missing by key appended. */
export function planTab(spec: TabSpec, grid: Grid | undefined): TabPlan {
  const lower = grid ? misplacedHeaderRow(grid, spec.headers) : null;
  if (grid && lower !== null) {
    const headers = (grid.values[0] ?? []).map((c) => cellText(c));
    return {
      tab: grid.name,
      create: false,
      headers,
      newColumns: [],
      appendAt: grid.values.length + 1,
      rows: [],
      fill: null,
      layout: spec.layout,
      misplacedHeaderRow: lower,
    };
  }
  const existing = grid ? (grid.values[0] ?? []).map((c) => cellText(c)) : [];
  const existingKeys = new Set(existing.map(headerKey));
  const newColumns = spec.headers.filter((h) => !existingKeys.has(headerKey(h)));
  // A blank sheet reads as one empty cell: don't keep it as a phantom column.
  const kept = grid && grid.values.length === 1 && existing.every((h) => h === "") ? [] : existing;
  const headers = [...kept, ...newColumns];
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !index.has(k)) index.set(k, i);
  });

  const dataRows = grid ? grid.values.slice(1) : [];
  const present = (row: RowRecord): boolean =>
    (spec.keyHeaders ?? []).some((h) => {
      const want = row[h];
      const col = index.get(headerKey(h));
      if (want === undefined || want === "" || col === undefined || col >= kept.length) return false;
      const k = keyOf(want);
      return dataRows.some((r) => keyOf(r[col]) === k);
    });

  const rows = (spec.templateRows ?? [])
    .filter((r) => !present(r))
    .map((r) => {
      const out: WriteValue[] = headers.map(() => "");
      for (const [h, v] of Object.entries(r)) {
        const col = index.get(headerKey(h));
        if (col !== undefined) out[col] = v;
      }
      return out;
    });

  const keyColumns = (spec.keyHeaders ?? []).flatMap((header) => {
    const column = index.get(headerKey(header));
    return column === undefined || column >= kept.length ? [] : [{ header, column }];
  });
  const fill =
    grid && newColumns.length > 0 && spec.fillFrom
      ? fillNewColumns(grid.values, keyColumns, newColumns, spec.fillFrom)
      : null;
  const lastUsedRow = grid ? lastNonBlankRow(grid) : 0;
  return {
    tab: grid?.name ?? spec.tab,
    create: !grid,
    headers,
    newColumns: grid ? newColumns : [...spec.headers],
    appendAt: Math.max(lastUsedRow, 1) + 1,
    rows,
    fill,
    layout: spec.layout,
    misplacedHeaderRow: null,
  };
}

function lastNonBlankRow(grid: Grid): number {
  for (let r = grid.values.length - 1; r >= 0; r--) {
    if ((grid.values[r] ?? []).some((c) => cellText(c).trim() !== "")) return r + 1;
  }
  return 0;
}
