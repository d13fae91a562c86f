import { type Container, childIndexError, removeBlock } from "./doc-container";
import type { DocContext } from "./doc-context";
import { FakeInlineImage } from "./doc-image";
import type { InlineNode, ParagraphNode, TextNode } from "./doc-model";
import { ParagraphFormat } from "./doc-paragraph-format";
import { FakeText } from "./doc-text";
import type { ParagraphArgs } from "./gas-types";

/** A page break or horizontal rule: each lives inside a paragraph. Counted as "PageBreak.*"/"HorizontalRule.*". */
class FakeInlineElement {
  constructor(
    private readonly paragraph: ParagraphNode,
    private readonly node: InlineNode,
    private readonly parent: () => object,
  ) {}
  getType(): string {
    return this.node.type;
  }
  getParent(): object {
    return this.parent();
  }
  removeFromParent(): this {
    this.paragraph.children = this.paragraph.children.filter((c) => c !== this.node);
    return this;
  }
}

/** A `Paragraph`. Counted as "Paragraph.*"; its text as "Text.*". Unset attributes read null. */
export class FakeParagraph extends ParagraphFormat {
  constructor(
    ctx: DocContext,
    node: ParagraphNode,
    private readonly container: Container,
  ) {
    super(ctx, node);
  }

  private text(run?: TextNode): FakeText {
    return this.ctx.wrap(new FakeText(this.ctx, this._node, run), "Text");
  }
  private inline(node: InlineNode): object {
    if (node.type === "TEXT") return this.text(node);
    const parent = () => this.ctx.wrap(new FakeParagraph(this.ctx, this._node, this.container), "Paragraph");
    if (node.type === "INLINE_IMAGE")
      return this.ctx.wrap(new FakeInlineImage(this.ctx, this._node, node, parent), "InlineImage");
    const service = node.type === "PAGE_BREAK" ? "PageBreak" : "HorizontalRule";
    return this.ctx.wrap(new FakeInlineElement(this._node, node, parent), service);
  }
  private append(node: InlineNode): object {
    this._node.children.push(node);
    return this.inline(node);
  }

  getType(): string {
    return "PARAGRAPH";
  }
  asParagraph(): this {
    return this;
  }
  getParent(): object {
    return this.container.element();
  }
  removeFromParent(): this {
    removeBlock(this.ctx, this.container, this._node);
    return this;
  }
  getText(): string {
    return this.raw().getText();
  }
  /** Replaces the content with one run styled like the first character was. */
  setText(...[text]: ParagraphArgs<"setText">): void {
    this._node.children = this._node.children.filter((c) => c.type === "TEXT");
    this.raw().setText(text);
  }
  /** Adds a new Text run, styled like the text before it (Google Docs carries the style on). */
  appendText(...[text]: ParagraphArgs<"appendText">): FakeText {
    const chars = typeof text === "string" ? text : text.getText();
    const style = this.raw()._endStyle();
    const run: TextNode = { type: "TEXT", chars, styles: Array.from(chars, () => style) };
    this._node.children.push(run);
    return this.text(run);
  }
  editAsText(): FakeText {
    return this.text();
  }
  clear(): this {
    this._node.children = [];
    return this;
  }
  getNumChildren(): number {
    return this._node.children.length;
  }
  getChild(...[childIndex]: ParagraphArgs<"getChild">): object {
    const node = this._node.children[childIndex];
    if (!node) throw childIndexError(this.ctx, childIndex, this._node.children.length);
    return this.inline(node);
  }
  appendPageBreak(): object {
    return this.append({ type: "PAGE_BREAK" });
  }
  appendHorizontalRule(): object {
    return this.append({ type: "HORIZONTAL_RULE" });
  }
}
