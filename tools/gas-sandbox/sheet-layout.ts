import type { SheetArgs } from "./gas-types";

const DEFAULT_COLUMN_WIDTH = 100;

/** Layout state of a tab: frozen panes, column widths, tab colour, visibility. */
export class SheetLayout {
  private frozenRows = 0;
  private frozenColumns = 0;
  private readonly columnWidths = new Map<number, number>();
  private tabColor: string | null = null;
  private hidden = false;
  /** Columns passed to `autoResizeColumns`, for tests to inspect. */
  readonly autoResized: number[] = [];

  /** Called on every layout change (the sheet bumps the sandbox's change counter). */
  protected _layoutChanged(): void {}

  setFrozenRows(...[rows]: SheetArgs<"setFrozenRows">): void {
    this.frozenRows = rows;
    this._layoutChanged();
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(...[columns]: SheetArgs<"setFrozenColumns">): void {
    this.frozenColumns = columns;
    this._layoutChanged();
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(...[columnPosition, width]: SheetArgs<"setColumnWidth">): this {
    this.columnWidths.set(columnPosition, width);
    this._layoutChanged();
    return this;
  }
  setColumnWidths(...[startColumn, numColumns, width]: SheetArgs<"setColumnWidths">): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    this._layoutChanged();
    return this;
  }
  getColumnWidth(...[columnPosition]: SheetArgs<"getColumnWidth">): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Recorded only: there is no text measuring here, widths are unchanged. */
  autoResizeColumns(...[startColumn, numColumns]: SheetArgs<"autoResizeColumns">): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResized.push(c);
    return this;
  }
  autoResizeColumn(...[columnPosition]: SheetArgs<"autoResizeColumn">): this {
    this.autoResized.push(columnPosition);
    return this;
  }
  setTabColor(...[color]: SheetArgs<"setTabColor">): this {
    this.tabColor = color;
    this._layoutChanged();
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): this {
    this.hidden = true;
    this._layoutChanged();
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    this._layoutChanged();
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  /** Copies frozen panes, widths, tab colour and visibility to another tab (Spreadsheet.copy). */
  _copyLayoutTo(target: SheetLayout): void {
    target.frozenRows = this.frozenRows;
    target.frozenColumns = this.frozenColumns;
    for (const [c, w] of this.columnWidths) target.columnWidths.set(c, w);
    target.tabColor = this.tabColor;
    target.hidden = this.hidden;
  }
}
