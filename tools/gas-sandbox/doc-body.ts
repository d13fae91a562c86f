import type { FakeBlob } from "./blob";
import { assignPresent, patchStyle, textPatchOf } from "./doc-attributes";
import { BodyPage, PAGE_ATTRIBUTES } from "./doc-body-page";
import { type Container, childIndexError, paragraphsIn, removeBlock, styleParagraphs } from "./doc-container";
import type { DocContext } from "./doc-context";
import { imageNode } from "./doc-image";
import type { BlockNode, BodyNode } from "./doc-model";
import { blockText, paragraphNode, tableNode } from "./doc-nodes";
import { plainAttributes } from "./doc-paragraph-format";
import type { BodyArgs } from "./gas-types";

/**
 * The `Body` of a document. Counted as "Body.*". Google's structure is kept: a body always ends
 * with a paragraph (an appended table is followed by an empty one), page breaks and horizontal
 * rules sit in paragraphs of their own, page size and margins are in points.
 */
export class FakeBody extends BodyPage {
  constructor(
    private readonly ctx: DocContext,
    node: BodyNode,
  ) {
    super(node);
  }

  private container(): Container {
    const element = () => this.ctx.wrap(new FakeBody(this.ctx, this._node), "Body");
    return { children: this._node.children, element, kind: "BODY_SECTION" };
  }
  private wrapAt(i: number): object {
    const node = this._node.children[i];
    if (!node) throw childIndexError(this.ctx, i, this._node.children.length);
    return this.ctx.block(node, this.container());
  }
  private push(...nodes: BlockNode[]): object {
    this._node.children.push(...nodes);
    return this.wrapAt(this._node.children.length - nodes.length);
  }
  private newParagraph(text = ""): ReturnType<typeof paragraphNode> {
    return paragraphNode(text, this._node.textStyle, true);
  }

  getType(): string {
    return "BODY_SECTION";
  }
  getNumChildren(): number {
    return this._node.children.length;
  }
  getChild(...[childIndex]: BodyArgs<"getChild">): object {
    return this.wrapAt(childIndex);
  }
  getChildIndex(...[child]: BodyArgs<"getChildIndex">): number {
    return this._node.children.indexOf((child as unknown as { _node: BlockNode })._node);
  }
  /** Every paragraph of the body, those in table cells included. */
  getParagraphs(): object[] {
    const paragraphs = paragraphsIn(this._node.children);
    return this.ctx.env.realm.Array.from(paragraphs, (p) => this.ctx.block(p, this.container()));
  }
  getTables(): object[] {
    const tables = this._node.children.filter((c) => c.type === "TABLE");
    return this.ctx.env.realm.Array.from(tables, (t) => this.ctx.block(t, this.container()));
  }
  getText(): string {
    return this._node.children.map(blockText).join("\n");
  }
  setText(...[text]: BodyArgs<"setText">): this {
    this._node.children.splice(0, this._node.children.length, this.newParagraph(text));
    return this;
  }
  /** Leaves one empty paragraph; page size and margins stay. */
  clear(): this {
    return this.setText("");
  }
  appendParagraph(...[paragraph]: BodyArgs<"appendParagraph">): object {
    return this.push(this.newParagraph(typeof paragraph === "string" ? paragraph : paragraph.getText()));
  }
  insertParagraph(...[childIndex, paragraph]: BodyArgs<"insertParagraph">): object {
    if (childIndex > this._node.children.length)
      throw childIndexError(this.ctx, childIndex, this._node.children.length);
    const text = typeof paragraph === "string" ? paragraph : paragraph.getText();
    this._node.children.splice(childIndex, 0, this.newParagraph(text));
    return this.wrapAt(childIndex);
  }
  appendTable(...[cells]: BodyArgs<"appendTable">): object {
    return this.push(tableNode(Array.isArray(cells) ? cells : []), this.newParagraph());
  }
  appendPageBreak(): object {
    const p = this.newParagraph();
    p.children.push({ type: "PAGE_BREAK" });
    return (this.push(p) as { getChild(i: number): object }).getChild(0);
  }
  /** The image in a paragraph of its own, at the picture's size; returns the InlineImage. */
  appendImage(...[image]: BodyArgs<"appendImage">): object {
    const p = this.newParagraph();
    p.children.push(imageNode((image as unknown as { getBlob(): FakeBlob }).getBlob()));
    return (this.push(p) as { getChild(i: number): object }).getChild(0);
  }
  appendHorizontalRule(): object {
    const p = this.newParagraph();
    p.children.push({ type: "HORIZONTAL_RULE" });
    return (this.push(p) as { getChild(i: number): object }).getChild(0);
  }
  removeChild(...[child]: BodyArgs<"removeChild">): this {
    removeBlock(this.ctx, this.container(), (child as unknown as { _node: BlockNode })._node);
    return this;
  }
  /** Page attributes set the page; character attributes style every paragraph, and later ones too. */
  setAttributes(...[attributes]: BodyArgs<"setAttributes">): this {
    const attrs = plainAttributes(attributes as object);
    assignPresent(this._node.page, attrs, PAGE_ATTRIBUTES);
    const patch = textPatchOf(attrs);
    this._node.textStyle = patchStyle(this._node.textStyle, patch);
    styleParagraphs(this.ctx, this._node.children, patch);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    const out = new this.ctx.env.realm.Object() as Record<string, unknown>;
    for (const [name, key] of Object.entries(PAGE_ATTRIBUTES)) out[name] = this._node.page[key];
    return out;
  }
}
