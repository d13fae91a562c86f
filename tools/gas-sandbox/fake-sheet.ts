import { type GridRect, parseA1 } from "./a1-notation";
import { writeInput } from "./cell-io";
import { type FakeEmbeddedChart, FakeEmbeddedChartBuilder } from "./charts";
import { type GasEnv, gasError } from "./env";
import type { FakeRange } from "./fake-range";
import type { FakeSpreadsheet } from "./fake-spreadsheet";
import type { SheetArgs } from "./gas-types";
import type { FakeProtection } from "./protection";
import { SheetGrid } from "./sheet-grid";
import { SheetStructure } from "./sheet-structure";

/** In-memory `Sheet` (a tab). Row/column edits live in `SheetStructure`, layout in `SheetLayout`. */
export class FakeSheet extends SheetStructure {
  readonly charts: FakeEmbeddedChart[] = [];

  constructor(
    _env: GasEnv,
    private readonly parent: FakeSpreadsheet,
    private name: string,
    private readonly sheetId: number,
  ) {
    super(_env, new SheetGrid(undefined, undefined, () => _env.changes.bump()));
  }

  /** A tracked Range of this sheet, after Apps Script's bounds checks. */
  _range(rect: GridRect): FakeRange {
    if (rect.row < 1) throw gasError(this._env, "The starting row of the range is too small.");
    if (rect.column < 1) throw gasError(this._env, "The starting column of the range is too small.");
    if (rect.numRows < 1) throw gasError(this._env, "The number of rows in the range must be at least 1.");
    if (rect.numColumns < 1)
      throw gasError(this._env, "The number of columns in the range must be at least 1.");
    if (!this._grid.contains(rect)) {
      throw gasError(this._env, "The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.parent._newRange(this, rect);
  }

  _assertEditable(rect: GridRect): void {
    this.parent._assertEditable(this, rect);
  }

  getName(): string {
    return this.name;
  }
  setName(...[name]: SheetArgs<"setName">): this {
    this.parent._checkNewName(name, this);
    this.name = name;
    this._env.changes.bump();
    return this;
  }
  getSheetName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.parent._indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  getMaxRows(): number {
    return this._grid.maxRows;
  }
  getMaxColumns(): number {
    return this._grid.maxColumns;
  }
  getLastRow(): number {
    return this._grid.lastRow();
  }
  getLastColumn(): number {
    return this._grid.lastColumn();
  }

  getRange(...args: SheetArgs<"getRange">): FakeRange {
    const [first, column, numRows = 1, numColumns = 1] = args;
    if (typeof first === "string") {
      const rect = parseA1(first, this._grid.maxRows, this._grid.maxColumns);
      if (!rect) throw gasError(this._env, "Range not found");
      return this._range(rect);
    }
    return this._range({ row: first, column: column ?? 1, numRows, numColumns });
  }
  getDataRange(): FakeRange {
    const numRows = Math.max(this._grid.lastRow(), 1);
    const numColumns = Math.max(this._grid.lastColumn(), 1);
    return this._range({ row: 1, column: 1, numRows, numColumns });
  }
  appendRow(...[rowContents]: SheetArgs<"appendRow">): this {
    const row = this._grid.lastRow() + 1;
    if (row > this._grid.maxRows) this._grid.insertRows(row, 1);
    if (rowContents.length > this._grid.maxColumns) {
      this._grid.insertColumns(this._grid.maxColumns + 1, rowContents.length - this._grid.maxColumns);
    }
    this._assertEditable({ row, column: 1, numRows: 1, numColumns: rowContents.length });
    rowContents.forEach((v, i) => {
      writeInput(this._env, this._grid.cellForWrite(row, i + 1), v);
    });
    return this;
  }

  clear(): this {
    this._assertEditable({
      row: 1,
      column: 1,
      numRows: this._grid.maxRows,
      numColumns: this._grid.maxColumns,
    });
    this._grid.clear();
    return this;
  }
  clearContents(): this {
    this.getDataRange().clearContent();
    return this;
  }
  clearFormats(): this {
    this.getDataRange().clearFormat();
    return this;
  }
  activate(): this {
    this.parent._setActive(this);
    return this;
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this);
  }
  getCharts(): FakeEmbeddedChart[] {
    return this._env.realm.Array.from(this.charts);
  }
  insertChart(...[chart]: SheetArgs<"insertChart">): void {
    this.charts.push(chart as unknown as FakeEmbeddedChart);
  }
  removeChart(...[chart]: SheetArgs<"removeChart">): void {
    const id = (chart as unknown as FakeEmbeddedChart).chartId;
    const i = this.charts.findIndex((c) => c.chartId === id);
    if (i >= 0) this.charts.splice(i, 1);
  }
  updateChart(...[chart]: SheetArgs<"updateChart">): void {
    const updated = chart as unknown as FakeEmbeddedChart;
    const i = this.charts.findIndex((c) => c.chartId === updated.chartId);
    if (i >= 0) this.charts[i] = updated;
  }
  protect(): FakeProtection {
    return this.parent._protect(this, undefined);
  }
  getProtections(...[type]: SheetArgs<"getProtections">): FakeProtection[] {
    return this.parent._protections(String(type)).filter((p) => p._sheet.getSheetId() === this.sheetId);
  }
}
