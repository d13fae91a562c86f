import type { GridRect } from "./a1-notation";
import { type Cell, hasContent } from "./cell";
import { isDate } from "./env";

/**
 * The cells of one tab, stored sparsely as rows of cells (0-based internally),
 * with its dimensions. Structural edits (insert/delete rows and columns) splice it.
 *
 * `lastRow()`/`lastColumn()` scan every stored cell, and callers ask for them per range (the
 * add-on) or per row (dumps): the result is cached until the next write. A write is any
 * `cellForWrite` (its caller mutates the returned cell at once, before asking for bounds again)
 * or structural edit.
 */
export class SheetGrid {
  private rows: (Cell | undefined)[][] = [];
  private cachedLastRow: number | undefined;
  private cachedLastColumn: number | undefined;

  constructor(
    public maxRows = 1000,
    public maxColumns = 26,
    /** Told of every write (the sandbox's change counter). */
    private readonly onChange: () => void = () => {},
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell, created when absent (for writes). */
  cellForWrite(row: number, column: number): Cell {
    this.changed(); // the caller writes into the cell it gets
    const c = this.rowForWrite(row)[column - 1];
    if (c) return c;
    const created: Cell = {};
    this.put(row, column, created);
    return created;
  }

  /**
   * Stores `cell` as is, replacing what was there: a reader that builds each cell whole hands it
   * over instead of copying it into an empty one (a third less memory per cell of a large file).
   */
  put(row: number, column: number, cell: Cell): void {
    this.changed();
    this.rowForWrite(row)[column - 1] = cell;
  }

  private rowForWrite(row: number): (Cell | undefined)[] {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    return r;
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

  /** Forgets the cached bounds: the next `lastRow`/`lastColumn` rescans. */
  private changed(): void {
    this.onChange();
    this.cachedLastRow = undefined;
    this.cachedLastColumn = undefined;
  }

  lastRow(): number {
    this.cachedLastRow ??= this.scanLastRow();
    return this.cachedLastRow;
  }

  lastColumn(): number {
    this.cachedLastColumn ??= this.scanLastColumn();
    return this.cachedLastColumn;
  }

  private scanLastRow(): number {
    for (let r = Math.min(this.rows.length, this.maxRows); r >= 1; r--) {
      if ((this.rows[r - 1] ?? []).some((c) => hasContent(c))) return r;
    }
    return 0;
  }

  private scanLastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) if (hasContent(row[c - 1])) last = c;
    }
    return last;
  }

  /**
   * Makes the grid at least `rows` × `columns`, adding rows and columns at its end only:
   * cells already written beyond the old bounds (a file read as a stream) stay where they are.
   */
  extendTo(rows: number, columns: number): void {
    this.changed();
    this.maxRows = Math.max(this.maxRows, rows);
    this.maxColumns = Math.max(this.maxColumns, columns);
  }

  insertRows(beforeRow: number, howMany: number): void {
    this.changed();
    if (this.rows.length >= beforeRow) {
      this.rows.splice(beforeRow - 1, 0, ...Array.from({ length: howMany }, () => []));
    }
    this.maxRows += howMany;
  }

  deleteRows(row: number, howMany: number): void {
    this.changed();
    this.rows.splice(row - 1, howMany);
    this.maxRows -= howMany;
  }

  insertColumns(beforeColumn: number, howMany: number): void {
    this.changed();
    for (const row of this.rows) {
      if (row && row.length >= beforeColumn) row.splice(beforeColumn - 1, 0, ...new Array(howMany));
    }
    this.maxColumns += howMany;
  }

  deleteColumns(column: number, howMany: number): void {
    this.changed();
    for (const row of this.rows) if (row) row.splice(column - 1, howMany);
    this.maxColumns -= howMany;
  }

  clear(): void {
    this.changed();
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
