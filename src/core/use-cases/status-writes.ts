import { type Cell, cellText } from "../cell";
import type { StatusRow, TabStatus } from "../checks/status";
import { SEVERITY, type Severity } from "../findings/finding";
import { findGrid, type Snapshot } from "../table";
import { headerKey } from "../text/normalize";
import type { WriteOp } from "./write-plan";

/** Row highlights by worst severity: red for an error, yellow for a warning, none otherwise. */
const SEVERITY_FILL: Record<Severity, string> = {
  [SEVERITY.error]: "#f4cccc",
  [SEVERITY.warning]: "#fff2cc",
  [SEVERITY.info]: "#ffffff",
};
const PLAIN_FILL = "#ffffff";

export const fillOf = (row: StatusRow): string => (row.severity ? SEVERITY_FILL[row.severity] : PLAIN_FILL);

/**
 * The writes of a status block: the texts in the status column (one block) and the highlight
 * of those rows across `width` columns (one block). Given the rows as read (`read`), the block
 * is guarded: a row changed meanwhile keeps its current status and highlight.
 */
export function statusBlock(
  sheet: string,
  firstRow: number,
  column: number,
  width: number,
  rows: readonly StatusRow[],
  read?: readonly (readonly Cell[])[],
): WriteOp[] {
  if (rows.length === 0 || column < 1) return [];
  if (read) {
    return [
      {
        kind: "status",
        sheet,
        row: firstRow,
        column,
        width,
        texts: rows.map((r) => r.text),
        colors: rows.map(fillOf),
        read: read.slice(firstRow - 1, firstRow - 1 + rows.length),
      },
    ];
  }
  return [
    { kind: "cells", sheet, row: firstRow, column, values: rows.map((r) => [r.text]) },
    {
      kind: "fill",
      sheet,
      row: firstRow,
      column: 1,
      colors: rows.map((r) => Array.from({ length: width }, () => fillOf(r))),
    },
  ];
}

/**
 * Each tab's whole status column, placed by its header in the snapshot (a tab without it is
 * skipped). A tab whose every status already reads as computed is left alone: its rows'
 * highlights follow from the same texts, so a rerun on unchanged data writes nothing there.
 * `guarded`: rows changed since the snapshot was read keep their current status.
 */
export function statusWrites(snapshot: Snapshot, statuses: readonly TabStatus[], guarded = false): WriteOp[] {
  return statuses.flatMap((status) => {
    const grid = findGrid(snapshot, status.sheet);
    const header = grid?.values[0] ?? [];
    const column = header.findIndex((h) => headerKey(cellText(h)) === headerKey(status.header)) + 1;
    const current = (row: number) => cellText(grid?.values[row - 1]?.[column - 1]);
    if (column > 0 && status.rows.every((r, i) => r.text === current(i + 2))) return [];
    return statusBlock(
      status.sheet,
      2,
      column,
      header.length,
      status.rows,
      guarded ? grid?.values : undefined,
    );
  });
}
