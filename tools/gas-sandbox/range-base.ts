import { type GridRect, toA1 } from "./a1-notation";
import type { Cell } from "./cell";
import { type GasEnv, gasError } from "./env";
import type { FakeSheet } from "./fake-sheet";

/**
 * Coordinates and grid plumbing shared by the Range methods: reading and writing one
 * attribute over the rectangle, with Apps Script's dimension checks and protection checks.
 */
export class RangeBase {
  constructor(
    protected readonly env: GasEnv,
    protected readonly sheet: FakeSheet,
    readonly _rect: GridRect,
  ) {}

  protected read<T>(get: (cell: Cell | undefined) => T): T[][] {
    const { row, column, numRows, numColumns } = this._rect;
    const grid = this.sheet._grid;
    // Built as arrays of the script realm at once: a host copy first would double what a
    // whole-tab read allocates.
    const { Array: RealmArray } = this.env.realm;
    const out: T[][] = new RealmArray();
    for (let r = 0; r < numRows; r++) {
      const line: T[] = new RealmArray();
      for (let c = 0; c < numColumns; c++) line.push(get(grid.cell(row + r, column + c)));
      out.push(line);
    }
    return out;
  }

  protected readFirst<T>(get: (cell: Cell | undefined) => T): T {
    return get(this.sheet._grid.cell(this._rect.row, this._rect.column));
  }

  /** Checks a 2-D input against the range's size with Apps Script's messages. */
  protected checkDimensions(values: readonly (readonly unknown[])[]): void {
    const { numRows, numColumns } = this._rect;
    if (!Array.isArray(values) || values.length !== numRows) {
      const has = Array.isArray(values) ? values.length : 0;
      throw gasError(
        this.env,
        `The number of rows in the data does not match the number of rows in the range. The data has ${has} but the range has ${numRows}.`,
      );
    }
    for (const line of values) {
      if (line.length !== numColumns) {
        throw gasError(
          this.env,
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
    }
  }

  /** Writes a 2-D input cell by cell, after the dimension and protection checks. */
  protected writeGrid<T>(values: readonly (readonly T[])[], set: (cell: Cell, value: T) => void): this {
    this.checkDimensions(values);
    this.sheet._assertEditable(this._rect);
    const { row, column } = this._rect;
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        set(this.sheet._grid.cellForWrite(row + r, column + c), value);
      });
    });
    return this;
  }

  /**
   * Writes one format over the range. The default on a cell that has no such format is not
   * stored (every read and save treats absent as the default), so that a check repainting
   * every row of a large tab does not give each of its cells, blank ones too, a copy of it.
   */
  protected writeFormatGrid<K extends "background" | "fontWeight">(
    values: readonly (readonly (string | null)[])[],
    key: K,
    fallback: string,
  ): this {
    this.checkDimensions(values);
    this.sheet._assertEditable(this._rect);
    const grid = this.sheet._grid;
    const { row, column } = this._rect;
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        const format = value ?? fallback;
        if (format === fallback && grid.cell(row + r, column + c)?.[key] === undefined) return;
        grid.cellForWrite(row + r, column + c)[key] = format;
      });
    });
    return this;
  }

  /** Applies `set` to every cell of the range. */
  protected writeAll(set: (cell: Cell) => void): this {
    this.sheet._assertEditable(this._rect);
    const { row, column, numRows, numColumns } = this._rect;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) set(this.sheet._grid.cellForWrite(row + r, column + c));
    }
    return this;
  }

  getRow(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.column;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numColumns;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getWidth(): number {
    return this._rect.numColumns;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.column + this._rect.numColumns - 1;
  }
  getA1Notation(): string {
    return toA1(this._rect);
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  /** The sheet, for helpers (not a GAS method, not counted). */
  get _sheetRef(): FakeSheet {
    return this.sheet;
  }
}
