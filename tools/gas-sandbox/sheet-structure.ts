import type { GridRect } from "./a1-notation";
import { type GasEnv, gasError } from "./env";
import type { SheetArgs } from "./gas-types";
import type { SheetGrid } from "./sheet-grid";
import { SheetLayout } from "./sheet-layout";

/** Inserting and deleting rows and columns (user simulations in tests; the add-on itself does not). */
export abstract class SheetStructure extends SheetLayout {
  constructor(
    readonly _env: GasEnv,
    readonly _grid: SheetGrid,
  ) {
    super();
  }

  protected override _layoutChanged(): void {
    this._env.changes.bump();
  }

  abstract _assertEditable(rect: GridRect): void;

  private checkRows(position: number, howMany: number): void {
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._grid.maxRows) {
      throw gasError(this._env, "Those rows are out of bounds.");
    }
    if (howMany >= this._grid.maxRows)
      throw gasError(this._env, "You can't delete all the rows on the sheet.");
  }
  private checkColumns(position: number, howMany: number): void {
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._grid.maxColumns) {
      throw gasError(this._env, "Those columns are out of bounds.");
    }
    if (howMany >= this._grid.maxColumns) {
      throw gasError(this._env, "You can't delete all the columns on the sheet.");
    }
  }
  insertRowsAfter(...[afterPosition, howMany]: SheetArgs<"insertRowsAfter">): this {
    this._grid.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowAfter(...[afterPosition]: SheetArgs<"insertRowAfter">): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(...[beforePosition, howMany]: SheetArgs<"insertRowsBefore">): this {
    this._grid.insertRows(beforePosition, howMany);
    return this;
  }
  insertRowBefore(...[beforePosition]: SheetArgs<"insertRowBefore">): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(...[afterPosition, howMany]: SheetArgs<"insertColumnsAfter">): this {
    this._grid.insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnAfter(...[afterPosition]: SheetArgs<"insertColumnAfter">): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(...[beforePosition, howMany]: SheetArgs<"insertColumnsBefore">): this {
    this._grid.insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumnBefore(...[beforePosition]: SheetArgs<"insertColumnBefore">): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteRows(...[rowPosition, howMany]: SheetArgs<"deleteRows">): void {
    this.checkRows(rowPosition, howMany);
    this._assertEditable({
      row: rowPosition,
      column: 1,
      numRows: howMany,
      numColumns: this._grid.maxColumns,
    });
    this._grid.deleteRows(rowPosition, howMany);
  }
  deleteRow(...[rowPosition]: SheetArgs<"deleteRow">): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(...[columnPosition, howMany]: SheetArgs<"deleteColumns">): void {
    this.checkColumns(columnPosition, howMany);
    this._assertEditable({
      row: 1,
      column: columnPosition,
      numRows: this._grid.maxRows,
      numColumns: howMany,
    });
    this._grid.deleteColumns(columnPosition, howMany);
  }
  deleteColumn(...[columnPosition]: SheetArgs<"deleteColumn">): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
}
