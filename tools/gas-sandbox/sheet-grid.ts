import type { GridRect } from "./a1-notation";
import { type Cell, hasContent } from "./cell";
import { isDate } from "./env";

/**
 * The cells of one tab, stored sparsely as rows of cells (0-based internally),
 * with its dimensions. Structural edits (insert/delete rows and columns) splice it.
 */
export class SheetGrid {
  private rows: (Cell | undefined)[][] = [];

  constructor(
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell, created when absent (for writes). */
  cellForWrite(row: number, column: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[column - 1];
    if (!c) {
      c = {};
      r[column - 1] = c;
    }
    return c;
  }

  /** Replaces every Date value by `fn` of it (a time-zone change keeps dates' wall clocks). */
  mapDates(fn: (date: Date) => Date): void {
    for (const row of this.rows) for (const c of row ?? []) if (c && isDate(c.value)) c.value = fn(c.value);
  }

  contains(rect: GridRect): boolean {
    return (
      rect.row >= 1 &&
      rect.column >= 1 &&
      rect.row + rect.numRows - 1 <= this.maxRows &&
      rect.column + rect.numColumns - 1 <= this.maxColumns
    );
  }

  lastRow(): number {
    for (let r = Math.min(this.rows.length, this.maxRows); r >= 1; r--) {
      if ((this.rows[r - 1] ?? []).some((c) => hasContent(c))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) if (hasContent(row[c - 1])) last = c;
    }
    return last;
  }

  insertRows(beforeRow: number, howMany: number): void {
    if (this.rows.length >= beforeRow) {
      this.rows.splice(beforeRow - 1, 0, ...Array.from({ length: howMany }, () => []));
    }
    this.maxRows += howMany;
  }

  deleteRows(row: number, howMany: number): void {
    this.rows.splice(row - 1, howMany);
    this.maxRows -= howMany;
  }

  insertColumns(beforeColumn: number, howMany: number): void {
    for (const row of this.rows) {
      if (row && row.length >= beforeColumn) row.splice(beforeColumn - 1, 0, ...new Array(howMany));
    }
    this.maxColumns += howMany;
  }

  deleteColumns(column: number, howMany: number): void {
    for (const row of this.rows) if (row) row.splice(column - 1, howMany);
    this.maxColumns -= howMany;
  }

  clear(): void {
    this.rows = [];
  }

  /** Becomes a deep copy of `source`: size and cells (Dates too; validations and rich text are immutable, shared). */
  copyFrom(source: SheetGrid): void {
    this.maxRows = source.maxRows;
    this.maxColumns = source.maxColumns;
    this.rows = source.rows.map((row) =>
      row?.map((cell) => {
        if (!cell) return cell;
        const value = isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value;
        return { ...cell, ...(cell.value !== undefined ? { value } : {}) };
      }),
    );
  }
}
