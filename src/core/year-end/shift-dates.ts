import { type Cell, isDate } from "../cell";
import { formatCivil, parseDateCell } from "../dates";
import type { CivilDate } from "../dates/civil-date";
import type { Grid } from "../table";
import type { WriteValue } from "../write-value";

/** A cell to write: 1-based row and column, the header for reading, the value. */
export interface CellEdit {
  readonly row: number;
  readonly column: number;
  readonly header: string;
  readonly value: WriteValue;
}

/** The same day a year later; 29/02 becomes 28/02 (the next year has none). */
export function nextYearDate(d: CivilDate): CivilDate {
  return d.month === 2 && d.day === 29
    ? { year: d.year + 1, month: 2, day: 28 }
    : { year: d.year + 1, month: d.month, day: d.day };
}

/**
 * A date cell or `dd/mm/yyyy` text moved one year on: a date cell stays a date (a CivilDate
 * for the adapter), text stays text. Anything that is not a date gives undefined (untouched).
 */
export function shiftDateCell(c: Cell): WriteValue | undefined {
  const parsed = parseDateCell(c);
  if (!parsed.ok) return undefined;
  const next = nextYearDate(parsed.date);
  return isDate(c) ? next : formatCivil(next);
}

/** Every date of a tab's data rows moved one year on, except in the columns `skip` (0-based). */
export function shiftDates(grid: Grid, skip: ReadonlySet<number> = new Set()): CellEdit[] {
  const header = grid.values[0] ?? [];
  const out: CellEdit[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (skip.has(c)) continue;
      const value = shiftDateCell(cells[c]);
      if (value !== undefined)
        out.push({ row: r + 1, column: c + 1, header: String(header[c] ?? ""), value });
    }
  }
  return out;
}
