import { assignPresent, textPatchOf } from "./doc-attributes";
import { type Container, childIndexError, styleParagraphs } from "./doc-container";
import type { DocContext } from "./doc-context";
import type { CellNode, ParagraphNode } from "./doc-model";
import { blockText, paragraphNode, tableNode } from "./doc-nodes";
import { plainAttributes } from "./doc-paragraph-format";
import { FakeText } from "./doc-text";
import type { TableCellArgs } from "./gas-types";

const CELL_ATTRIBUTES = {
  BACKGROUND_COLOR: "backgroundColor",
  WIDTH: "width",
  VERTICAL_ALIGNMENT: "verticalAlignment",
} as const satisfies Record<string, keyof CellNode>;

/**
 * A `TableCell`: a container of paragraphs (at least one, as in Google Docs: `appendParagraph`
 * adds after the cell's first, possibly empty, paragraph). Counted as "TableCell.*".
 */
export class FakeTableCell {
  constructor(
    private readonly ctx: DocContext,
    readonly _node: CellNode,
    private readonly row: () => object,
    private readonly table: () => object,
  ) {}

  private container(): Container {
    const element = () =>
      this.ctx.wrap(new FakeTableCell(this.ctx, this._node, this.row, this.table), "TableCell");
    return { children: this._node.children, element, kind: "TABLE_CELL" };
  }
  private child(i: number): object {
    const node = this._node.children[i];
    if (!node) throw childIndexError(this.ctx, i, this._node.children.length);
    return this.ctx.block(node, this.container());
  }

  getType(): string {
    return "TABLE_CELL";
  }
  getParent(): object {
    return this.row();
  }
  getParentRow(): object {
    return this.row();
  }
  getParentTable(): object {
    return this.table();
  }
  getText(): string {
    return this._node.children.map(blockText).join("\n");
  }
  /** The text of the cell's paragraphs, joined by newlines. */
  editAsText(): FakeText {
    const paragraphs = this._node.children.filter((c): c is ParagraphNode => c.type === "PARAGRAPH");
    return this.ctx.wrap(new FakeText(this.ctx, paragraphs), "Text");
  }
  /** Leaves one paragraph holding the text, with the first paragraph's formatting. */
  setText(...[text]: TableCellArgs<"setText">): this {
    const first = this._node.children.find((c) => c.type === "PARAGRAPH") ?? paragraphNode();
    this._node.children.splice(0, this._node.children.length, first);
    (this.child(0) as { setText(t: string): void }).setText(text);
    return this;
  }
  clear(): this {
    this._node.children.splice(0, this._node.children.length, paragraphNode());
    return this;
  }
  getNumChildren(): number {
    return this._node.children.length;
  }
  getChild(...[childIndex]: TableCellArgs<"getChild">): object {
    return this.child(childIndex);
  }
  appendParagraph(...[paragraph]: TableCellArgs<"appendParagraph">): object {
    const text = typeof paragraph === "string" ? paragraph : paragraph.getText();
    this._node.children.push(paragraphNode(text));
    return this.child(this._node.children.length - 1);
  }
  appendTable(...[cells]: TableCellArgs<"appendTable">): object {
    this._node.children.push(tableNode(Array.isArray(cells) ? cells : []), paragraphNode());
    return this.child(this._node.children.length - 2);
  }
  setBackgroundColor(...[color]: TableCellArgs<"setBackgroundColor">): this {
    this._node.backgroundColor = color;
    return this;
  }
  getBackgroundColor(): string | null {
    return this._node.backgroundColor;
  }
  setWidth(...[width]: TableCellArgs<"setWidth">): this {
    this._node.width = width;
    return this;
  }
  getWidth(): number | null {
    return this._node.width;
  }
  setVerticalAlignment(...[alignment]: TableCellArgs<"setVerticalAlignment">): this {
    this._node.verticalAlignment = String(alignment);
    return this;
  }
  getVerticalAlignment(): string | null {
    return this._node.verticalAlignment;
  }
  setPaddingTop(...[paddingTop]: TableCellArgs<"setPaddingTop">): this {
    this._node.padding.top = paddingTop;
    return this;
  }
  setPaddingBottom(...[paddingBottom]: TableCellArgs<"setPaddingBottom">): this {
    this._node.padding.bottom = paddingBottom;
    return this;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  /** BACKGROUND_COLOR colours the cell (not the text); other character attributes style its text. */
  setAttributes(...[attributes]: TableCellArgs<"setAttributes">): this {
    const attrs = plainAttributes(attributes as object);
    assignPresent(this._node, attrs, CELL_ATTRIBUTES);
    styleParagraphs(this.ctx, this._node.children, textPatchOf(attrs, ["BACKGROUND_COLOR"]));
    return this;
  }
}
