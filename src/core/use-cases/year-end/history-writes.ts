import { cellText } from "../../cell";
import type { Grid } from "../../table";
import { headerKey } from "../../text/normalize";
import type { WriteValue } from "../../write-value";
import type { HistoryValues } from "../../year-end";
import { cellBlocks, type PlacedCell } from "../cell-blocks";
import type { WriteOp } from "../write-plan";

/** Beyond this many separate blocks, updates are written one column span each (a bounded cost). */
const MAX_BLOCKS = 6;

/** 0-based column of each header of the tab. */
const columnsOf = (grid: Grid): Map<string, number> => {
  const out = new Map<string, number>();
  (grid.values[0] ?? []).forEach((h, i) => {
    const k = headerKey(cellText(h));
    if (k && !out.has(k)) out.set(k, i);
  });
  return out;
};

/** The last row holding anything (1-based), 1 for a tab with only its header. */
function lastUsedRow(grid: Grid): number {
  for (let r = grid.values.length - 1; r >= 1; r--)
    if ((grid.values[r] ?? []).some((c) => cellText(c).trim() !== "")) return r + 1;
  return 1;
}

/** New history rows below the last used row, placed under their headers (the office's own columns blank). */
export function appendWrites(grid: Grid, rows: readonly HistoryValues[]): WriteOp[] {
  if (rows.length === 0) return [];
  const width = (grid.values[0] ?? []).length;
  const cols = columnsOf(grid);
  const values = rows.map((rec) => {
    const out: WriteValue[] = Array.from({ length: width }, () => "");
    for (const [h, v] of Object.entries(rec)) {
      const c = cols.get(headerKey(h));
      if (c !== undefined) out[c] = v;
    }
    return out;
  });
  return [{ kind: "cells", sheet: grid.name, row: lastUsedRow(grid) + 1, column: 1, values }];
}

/**
 * The changed cells of existing history rows. Rows of one closing sit together, so the cells
 * usually form a few blocks; when they are scattered, each column is written once over the span
 * of its changes, the cells between keeping the values just read.
 */
export function updateWrites(
  grid: Grid,
  updates: readonly { readonly row: number; readonly values: HistoryValues }[],
): WriteOp[] {
  const cols = columnsOf(grid);
  const cells: PlacedCell[] = updates.flatMap(({ row, values }) =>
    Object.entries(values).flatMap(([h, value]) => {
      const c = cols.get(headerKey(h));
      return c === undefined ? [] : [{ row, column: c + 1, value }];
    }),
  );
  const blocks = cellBlocks(grid.name, cells);
  if (blocks.length <= MAX_BLOCKS) return blocks;
  const byColumn = new Map<number, PlacedCell[]>();
  for (const c of cells) byColumn.set(c.column, [...(byColumn.get(c.column) ?? []), c]);
  return [...byColumn].map(([column, list]): WriteOp => {
    const first = Math.min(...list.map((c) => c.row));
    const last = Math.max(...list.map((c) => c.row));
    const changed = new Map(list.map((c) => [c.row, c.value]));
    const values = Array.from({ length: last - first + 1 }, (_, i): WriteValue[] => {
      const row = first + i;
      const old = grid.values[row - 1]?.[column - 1];
      return [changed.get(row) ?? (old === null || old === undefined ? "" : old)];
    });
    return { kind: "cells", sheet: grid.name, row: first, column, values };
  });
}
