import { FakeBlob } from "./blob";
import type { DocContext } from "./doc-context";
import type { ImageNode, ParagraphNode } from "./doc-model";
import { MimeType } from "./drive-store";
import { gasError } from "./env";
import { pngSize } from "./png";

/** An image appended from a blob: its size is the PNG's own, in pixels, as Google reports it. */
export function imageNode(blob: FakeBlob): ImageNode {
  const bytes = new Uint8Array(blob._bytes);
  const size = pngSize(bytes) ?? { width: 0, height: 0 };
  return { type: "INLINE_IMAGE", contentType: blob.getContentType() ?? MimeType.PNG, bytes, ...size };
}

/** An `InlineImage` inside a paragraph. Counted as "InlineImage.*". */
export class FakeInlineImage {
  constructor(
    private readonly ctx: DocContext,
    private readonly paragraph: ParagraphNode,
    private readonly node: ImageNode,
    private readonly parent: () => object,
  ) {}
  getType(): string {
    return "INLINE_IMAGE";
  }
  getParent(): object {
    return this.parent();
  }
  getWidth(): number {
    return this.node.width;
  }
  getHeight(): number {
    return this.node.height;
  }
  setWidth(width: number): this {
    this.node.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.node.height = height;
    return this;
  }
  getBlob(): FakeBlob {
    return new FakeBlob(this.ctx.env, this.node.bytes, this.node.contentType, null);
  }
  getAs(contentType: string): FakeBlob {
    if (contentType !== this.node.contentType)
      throw gasError(
        this.ctx.env,
        `Converting from ${this.node.contentType} to ${contentType} is not supported.`,
      );
    return this.getBlob();
  }
  removeFromParent(): this {
    this.paragraph.children = this.paragraph.children.filter((c) => c !== this.node);
    return this;
  }
}
