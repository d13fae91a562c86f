import { textPatchOf } from "./doc-attributes";
import type { InlineNode } from "./doc-model";
import { paragraphText, textNode } from "./doc-nodes";
import { TextRange } from "./doc-text-range";
import type { TextArgs } from "./gas-types";

/**
 * A `Text` element: one run appended with `appendText`, or (from `editAsText()`) the whole text
 * of a paragraph or of a table cell (its paragraphs joined by newlines). Attributes apply to the
 * whole text or to `start..endInclusive`. Getters return null for an attribute that is inherited
 * or differs across the text, as Apps Script does.
 */
export class FakeText extends TextRange {
  getType(): string {
    return "TEXT";
  }
  getText(): string {
    if (this.run) return this.run.chars;
    return this.paragraphs.map(paragraphText).join("\n");
  }
  setText(...[text]: TextArgs<"setText">): this {
    const style = this.nodes()[0]?.styles[0] ?? this.paragraph.textStyle;
    const replacement = textNode(text, style);
    if (this.run) {
      this.run.chars = replacement.chars;
      this.run.styles = replacement.styles;
    } else {
      const others: InlineNode[] = this.paragraph.children.filter((c) => c.type !== "TEXT");
      this.paragraph.children = [replacement, ...others];
    }
    return this;
  }
  appendText(...[text]: TextArgs<"appendText">): this {
    const style = this._endStyle();
    const target = this.nodes().at(-1);
    if (target) {
      target.chars += text;
      target.styles = target.styles.concat(Array.from(text, () => style));
    } else this.paragraph.children.push(textNode(text, style));
    return this;
  }
  setBold(...args: TextArgs<"setBold">): this {
    return this.set("bold", args);
  }
  setItalic(...args: TextArgs<"setItalic">): this {
    return this.set("italic", args);
  }
  setUnderline(...args: TextArgs<"setUnderline">): this {
    return this.set("underline", args);
  }
  setStrikethrough(...args: TextArgs<"setStrikethrough">): this {
    return this.set("strikethrough", args);
  }
  setFontSize(...args: TextArgs<"setFontSize">): this {
    return this.set("fontSize", args);
  }
  setFontFamily(...args: TextArgs<"setFontFamily">): this {
    return this.set("fontFamily", args);
  }
  setForegroundColor(...args: TextArgs<"setForegroundColor">): this {
    return this.set("foregroundColor", args);
  }
  setBackgroundColor(...args: TextArgs<"setBackgroundColor">): this {
    return this.set("backgroundColor", args);
  }
  setLinkUrl(...args: TextArgs<"setLinkUrl">): this {
    return this.set("linkUrl", args);
  }
  isBold(...[offset]: TextArgs<"isBold">): boolean | null {
    return this.get("bold", offset);
  }
  isItalic(...[offset]: TextArgs<"isItalic">): boolean | null {
    return this.get("italic", offset);
  }
  isUnderline(...[offset]: TextArgs<"isUnderline">): boolean | null {
    return this.get("underline", offset);
  }
  isStrikethrough(...[offset]: TextArgs<"isStrikethrough">): boolean | null {
    return this.get("strikethrough", offset);
  }
  getFontSize(...[offset]: TextArgs<"getFontSize">): number | null {
    return this.get("fontSize", offset);
  }
  getFontFamily(...[offset]: TextArgs<"getFontFamily">): string | null {
    return this.get("fontFamily", offset);
  }
  getForegroundColor(...[offset]: TextArgs<"getForegroundColor">): string | null {
    return this.get("foregroundColor", offset);
  }
  getLinkUrl(...[offset]: TextArgs<"getLinkUrl">): string | null {
    return this.get("linkUrl", offset);
  }
  setAttributes(...args: TextArgs<"setAttributes">): this {
    if (args.length === 3)
      return this.restyle(textPatchOf(args[2] as Record<string, unknown>), args[0], args[1]);
    return this.restyle(textPatchOf(args[0] as Record<string, unknown>));
  }
}
