import { patchStyle, type TextPatch } from "./doc-attributes";
import type { DocContext } from "./doc-context";
import type { ParagraphNode, TextNode, TextStyle } from "./doc-model";
import { paragraphNode } from "./doc-nodes";
import { gasError } from "./env";

type Style = keyof TextStyle;

/** One character of the text: a styled character of a run, or the newline between two paragraphs. */
interface Position {
  node?: TextNode;
  index: number;
}

/** The characters a Text element covers, and how attributes are read and set on them. */
export class TextRange {
  protected readonly paragraphs: ParagraphNode[];

  constructor(
    protected readonly ctx: DocContext,
    paragraphs: ParagraphNode | ParagraphNode[],
    protected readonly run?: TextNode,
  ) {
    this.paragraphs = Array.isArray(paragraphs) ? paragraphs : [paragraphs];
  }

  protected get paragraph(): ParagraphNode {
    return this.paragraphs[this.paragraphs.length - 1] ?? paragraphNode();
  }
  protected nodes(): TextNode[] {
    if (this.run) return [this.run];
    return this.paragraphs.flatMap((p) => p.children.filter((c): c is TextNode => c.type === "TEXT"));
  }
  protected positions(): Position[] {
    if (this.run) return Array.from(this.run.chars, (_, index) => ({ node: this.run, index }));
    return this.paragraphs.flatMap((p, i) => {
      const chars = p.children.flatMap((c) =>
        c.type === "TEXT" ? Array.from(c.chars, (_, index) => ({ node: c, index })) : [],
      );
      return i === 0 ? chars : [{ index: -1 }, ...chars];
    });
  }
  private checkOffset(offset: number, length: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset >= length) {
      throw gasError(this.ctx.env, `Index (${offset}) must be less than the content length (${length}).`);
    }
  }
  /** Applies a style change to characters start..endInclusive (all when omitted). */
  protected restyle(patch: TextPatch, start?: number, endInclusive?: number): this {
    const positions = this.positions();
    const whole = start === undefined;
    if (!whole) {
      this.checkOffset(start, positions.length);
      this.checkOffset(endInclusive ?? start, positions.length);
    }
    positions.forEach(({ node, index }, at) => {
      if (node && (whole || (at >= start && at <= (endInclusive ?? start)))) {
        node.styles[index] = patchStyle(node.styles[index] ?? {}, patch);
      }
    });
    if (whole && !this.run) for (const p of this.paragraphs) p.textStyle = patchStyle(p.textStyle, patch);
    return this;
  }
  protected set(key: Style, args: unknown[]): this {
    if (args.length >= 3) return this.restyle({ [key]: args[2] }, args[0] as number, args[1] as number);
    return this.restyle({ [key]: args[0] });
  }
  /** The style at `offset`, or the value shared by every character (null if mixed or unset). */
  protected get<K extends Style>(key: K, offset?: number | null): NonNullable<TextStyle[K]> | null {
    const positions = this.positions();
    if (offset !== undefined && offset !== null) {
      this.checkOffset(offset, positions.length);
      const { node, index } = positions[offset] ?? { index: -1 };
      return node?.styles[index]?.[key] ?? null;
    }
    const styles = positions.flatMap(({ node, index }) => (node ? [node.styles[index] ?? {}] : []));
    if (styles.length === 0) return this.paragraph.textStyle[key] ?? null;
    const values = new Set(styles.map((s) => s[key] ?? null));
    return values.size === 1 ? ([...values][0] ?? null) : null;
  }
  /** Applies a style change to the whole text (for the paragraph's own `setAttributes`). */
  _restyle(patch: TextPatch): void {
    this.restyle(patch);
  }
  /** The style new characters take: the last character's, or the paragraph's. */
  _endStyle(): TextStyle {
    const last = this.nodes().at(-1);
    return last?.styles.at(-1) ?? this.paragraph.textStyle;
  }
}
