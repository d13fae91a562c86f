import type { WriteValue } from "../write-value";
import type { CellsOp } from "./write-plan";

/** One cell to write, 1-based. */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly value: WriteValue;
}

/**
 * Scattered cells as few rectangular blocks as they allow without touching any other cell:
 * each row's cells in runs of adjacent columns, then consecutive rows with the same runs
 * stacked into one block (a pasted block of new rows stamps and checks in one write).
 */
export function cellBlocks(sheet: string, cells: readonly PlacedCell[]): CellsOp[] {
  const byRow = new Map<number, PlacedCell[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const runs: { row: number; column: number; values: WriteValue[] }[] = [];
  for (const [row, list] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Map(list.map((c) => [c.column, c])).values()].sort((a, b) => a.column - b.column);
    for (const c of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.row === row && last.column + last.values.length === c.column)
        last.values.push(c.value);
      else runs.push({ row, column: c.column, values: [c.value] });
    }
  }
  const blocks: { sheet: string; row: number; column: number; values: WriteValue[][] }[] = [];
  for (const run of runs) {
    const fit = blocks.find(
      (b) =>
        b.column === run.column &&
        b.row + b.values.length === run.row &&
        (b.values[0]?.length ?? 0) === run.values.length,
    );
    if (fit) fit.values.push(run.values);
    else blocks.push({ sheet, row: run.row, column: run.column, values: [run.values] });
  }
  // Every cell was read from the sheet: the blocks lie inside it.
  return blocks.map((b) => ({ kind: "cells", ...b, inside: true }));
}
