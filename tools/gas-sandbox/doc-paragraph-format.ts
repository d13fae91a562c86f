import { Attribute, assignPresent, textPatchOf } from "./doc-attributes";
import type { DocContext } from "./doc-context";
import type { ParagraphNode } from "./doc-model";
import { FakeText } from "./doc-text";
import type { ParagraphArgs } from "./gas-types";

/** Paragraph attributes and the node field each sets. */
const PARAGRAPH_ATTRIBUTES = {
  HEADING: "heading",
  HORIZONTAL_ALIGNMENT: "alignment",
  SPACING_BEFORE: "spacingBefore",
  SPACING_AFTER: "spacingAfter",
  LINE_SPACING: "lineSpacing",
  INDENT_START: "indentStart",
  INDENT_END: "indentEnd",
  INDENT_FIRST_LINE: "indentFirstLine",
} as const satisfies Record<string, keyof ParagraphNode>;

/** Enum values (strings here, objects in Apps Script) become their names, as attribute keys do. */
const plain = (attributes: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(attributes).map(([k, v]) => [k, typeof v === "object" && v !== null ? String(v) : v]),
  );

/** A paragraph's formatting: alignment, heading, spacing, indents and attribute objects. */
export class ParagraphFormat {
  constructor(
    protected readonly ctx: DocContext,
    readonly _node: ParagraphNode,
  ) {}

  /** The paragraph's whole text, unwrapped (internal use: not a call). */
  protected raw(): FakeText {
    return new FakeText(this.ctx, this._node);
  }
  /** Whether Google reports the NORMAL style's computed values for unset attributes. */
  private computed(): boolean {
    return this._node.appended && this._node.heading === "NORMAL";
  }
  private set<K extends keyof ParagraphNode>(key: K, value: ParagraphNode[K]): this {
    this._node[key] = value;
    return this;
  }

  getAlignment(): string | null {
    return this._node.alignment ?? (this.computed() ? "LEFT" : null);
  }
  setAlignment(...[alignment]: ParagraphArgs<"setAlignment">): this {
    return this.set("alignment", String(alignment));
  }
  getHeading(): string {
    return this._node.heading;
  }
  setHeading(...[heading]: ParagraphArgs<"setHeading">): this {
    return this.set("heading", String(heading));
  }
  setSpacingBefore(...[spacingBefore]: ParagraphArgs<"setSpacingBefore">): this {
    return this.set("spacingBefore", spacingBefore);
  }
  getSpacingBefore(): number | null {
    return this._node.spacingBefore;
  }
  setSpacingAfter(...[spacingAfter]: ParagraphArgs<"setSpacingAfter">): this {
    return this.set("spacingAfter", spacingAfter);
  }
  getSpacingAfter(): number | null {
    return this._node.spacingAfter;
  }
  setLineSpacing(...[multiplier]: ParagraphArgs<"setLineSpacing">): this {
    return this.set("lineSpacing", multiplier);
  }
  getLineSpacing(): number | null {
    return this._node.lineSpacing ?? (this.computed() ? 1.15 : null);
  }
  setIndentStart(...[indentStart]: ParagraphArgs<"setIndentStart">): this {
    return this.set("indentStart", indentStart);
  }
  getIndentStart(): number | null {
    return this._node.indentStart;
  }
  setIndentEnd(...[indentEnd]: ParagraphArgs<"setIndentEnd">): this {
    return this.set("indentEnd", indentEnd);
  }
  getIndentEnd(): number | null {
    return this._node.indentEnd;
  }
  setIndentFirstLine(...[indentFirstLine]: ParagraphArgs<"setIndentFirstLine">): this {
    return this.set("indentFirstLine", indentFirstLine);
  }
  getIndentFirstLine(): number | null {
    return this._node.indentFirstLine;
  }
  /** Paragraph attributes set the paragraph; character attributes style all of its text. */
  setAttributes(...[attributes]: ParagraphArgs<"setAttributes">): this {
    const attrs = plain(attributes as object);
    assignPresent(this._node, attrs, PARAGRAPH_ATTRIBUTES);
    this.raw()._restyle(textPatchOf(attrs));
    return this;
  }
  getAttributes(): Record<string, unknown> {
    const out = new this.ctx.env.realm.Object() as Record<string, unknown>;
    for (const [name, key] of Object.entries(PARAGRAPH_ATTRIBUTES)) out[name] = this._node[key];
    out[Attribute.HORIZONTAL_ALIGNMENT] = this.getAlignment();
    out[Attribute.LINE_SPACING] = this.getLineSpacing();
    out[Attribute.LEFT_TO_RIGHT] = true;
    const text = this.raw();
    out[Attribute.BOLD] = text.isBold();
    out[Attribute.ITALIC] = text.isItalic();
    out[Attribute.UNDERLINE] = text.isUnderline();
    out[Attribute.FONT_SIZE] = text.getFontSize();
    out[Attribute.FONT_FAMILY] = text.getFontFamily();
    out[Attribute.FOREGROUND_COLOR] = text.getForegroundColor();
    return out;
  }
}

export { plain as plainAttributes };
