import { assignPresent, textPatchOf } from "./doc-attributes";
import { type Container, childIndexError, removeBlock, styleParagraphs } from "./doc-container";
import type { DocContext } from "./doc-context";
import type { RowNode, TableNode } from "./doc-model";
import { blockText, cellNode, rowText } from "./doc-nodes";
import { plainAttributes } from "./doc-paragraph-format";
import { FakeTableCell } from "./doc-table-cell";
import type { TableArgs, TableRowArgs } from "./gas-types";

/** A `TableRow`. Counted as "TableRow.*". */
export class FakeTableRow {
  constructor(
    private readonly ctx: DocContext,
    readonly _node: RowNode,
    private readonly table: () => FakeTable,
  ) {}

  private cell(i: number): FakeTableCell {
    const node = this._node.cells[i];
    if (!node) throw childIndexError(this.ctx, i, this._node.cells.length);
    const row = () => this.ctx.wrap(new FakeTableRow(this.ctx, this._node, this.table), "TableRow");
    return this.ctx.wrap(new FakeTableCell(this.ctx, node, row, this.table), "TableCell");
  }
  getType(): string {
    return "TABLE_ROW";
  }
  getParent(): FakeTable {
    return this.table();
  }
  getParentTable(): FakeTable {
    return this.table();
  }
  getNumCells(): number {
    return this._node.cells.length;
  }
  getNumChildren(): number {
    return this._node.cells.length;
  }
  getCell(...[cellIndex]: TableRowArgs<"getCell">): FakeTableCell {
    return this.cell(cellIndex);
  }
  getChild(...[childIndex]: TableRowArgs<"getChild">): FakeTableCell {
    return this.cell(childIndex);
  }
  appendTableCell(...[textContents]: TableRowArgs<"appendTableCell">): FakeTableCell {
    this._node.cells.push(cellNode(typeof textContents === "string" ? textContents : ""));
    return this.cell(this._node.cells.length - 1);
  }
  getText(): string {
    return rowText(this._node);
  }
  setMinimumHeight(...[minHeight]: TableRowArgs<"setMinimumHeight">): this {
    this._node.minimumHeight = minHeight;
    return this;
  }
  getMinimumHeight(): number | null {
    return this._node.minimumHeight;
  }
}

/** A `Table`. Counted as "Table.*". Sizes are in points; unset widths and borders read null. */
export class FakeTable {
  constructor(
    private readonly ctx: DocContext,
    readonly _node: TableNode,
    private readonly container: Container,
  ) {}

  private self = (): FakeTable => this.ctx.wrap(new FakeTable(this.ctx, this._node, this.container), "Table");
  private row(i: number): FakeTableRow {
    const node = this._node.rows[i];
    if (!node) throw childIndexError(this.ctx, i, this._node.rows.length);
    return this.ctx.wrap(new FakeTableRow(this.ctx, node, this.self), "TableRow");
  }

  getType(): string {
    return "TABLE";
  }
  asTable(): this {
    return this;
  }
  getParent(): object {
    return this.container.element();
  }
  removeFromParent(): this {
    removeBlock(this.ctx, this.container, this._node);
    return this;
  }
  getNumRows(): number {
    return this._node.rows.length;
  }
  getNumChildren(): number {
    return this._node.rows.length;
  }
  getRow(...[rowIndex]: TableArgs<"getRow">): FakeTableRow {
    return this.row(rowIndex);
  }
  getChild(...[childIndex]: TableArgs<"getChild">): FakeTableRow {
    return this.row(childIndex);
  }
  getCell(...[rowIndex, cellIndex]: TableArgs<"getCell">): FakeTableCell {
    return this.row(rowIndex).getCell(cellIndex);
  }
  /** A new row has no cells: add them with `appendTableCell`. */
  appendTableRow(): FakeTableRow {
    this._node.rows.push({ type: "TABLE_ROW", cells: [], minimumHeight: null });
    return this.row(this._node.rows.length - 1);
  }
  removeRow(...[rowIndex]: TableArgs<"removeRow">): FakeTableRow {
    const row = this.row(rowIndex);
    this._node.rows.splice(rowIndex, 1);
    return row;
  }
  getText(): string {
    return blockText(this._node);
  }
  setColumnWidth(...[columnIndex, width]: TableArgs<"setColumnWidth">): this {
    this._node.columnWidths[columnIndex] = width;
    return this;
  }
  getColumnWidth(...[columnIndex]: TableArgs<"getColumnWidth">): number | null {
    return this._node.columnWidths[columnIndex] ?? null;
  }
  setBorderWidth(...[width]: TableArgs<"setBorderWidth">): this {
    this._node.borderWidth = width;
    return this;
  }
  getBorderWidth(): number | null {
    return this._node.borderWidth;
  }
  setBorderColor(...[color]: TableArgs<"setBorderColor">): this {
    this._node.borderColor = color;
    return this;
  }
  getBorderColor(): string | null {
    return this._node.borderColor;
  }
  /** Border attributes set the table; character attributes style every cell's text. */
  setAttributes(...[attributes]: TableArgs<"setAttributes">): this {
    const attrs = plainAttributes(attributes as object);
    assignPresent(this._node, attrs, { BORDER_WIDTH: "borderWidth", BORDER_COLOR: "borderColor" });
    const blocks = this._node.rows.flatMap((r) => r.cells.flatMap((c) => c.children));
    styleParagraphs(this.ctx, blocks, textPatchOf(attrs));
    return this;
  }
}
