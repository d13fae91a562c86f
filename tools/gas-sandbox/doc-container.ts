import type { TextPatch } from "./doc-attributes";
import type { DocContext } from "./doc-context";
import type { BlockNode, ParagraphNode } from "./doc-model";
import { FakeText } from "./doc-text";
import { gasError } from "./env";

/** Where a paragraph or table sits: its parent's child list and the parent's wrapper. */
export interface Container {
  children: BlockNode[];
  /** The parent element (Body or TableCell), made on demand. */
  element: () => object;
  /** A body section must keep a last paragraph; a cell keeps one too. */
  kind: "BODY_SECTION" | "TABLE_CELL";
}

/** Apps Script's message for a child index past the end. */
export function childIndexError(ctx: DocContext, index: number, count: number): Error {
  return gasError(
    ctx.env,
    `Child index (${index}) must be less than the number of child elements (${count}).`,
  );
}

/** Removes `node` from its container, refusing to leave a body without a last paragraph. */
export function removeBlock(ctx: DocContext, container: Container, node: BlockNode): void {
  const i = container.children.indexOf(node);
  if (i < 0) return;
  const isLast = i === container.children.length - 1;
  if (node.type === "PARAGRAPH" && isLast) {
    throw gasError(ctx.env, "Can't remove the last paragraph in a document section.");
  }
  container.children.splice(i, 1);
}

/** Every paragraph in a list of blocks, tables included (for attributes set on a container). */
export function paragraphsIn(blocks: readonly BlockNode[]): ParagraphNode[] {
  return blocks.flatMap((b) =>
    b.type === "PARAGRAPH" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsIn(c.children))),
  );
}

/** Styles every paragraph's text in `blocks` with the character attributes of `attributes`. */
export function styleParagraphs(ctx: DocContext, blocks: readonly BlockNode[], patch: TextPatch): void {
  for (const p of paragraphsIn(blocks)) new FakeText(ctx, p)._restyle(patch);
}
