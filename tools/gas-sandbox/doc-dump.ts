import type { BlockNode, BodyNode, CellNode, PageSetup, ParagraphNode, TextStyle } from "./doc-model";
import { paragraphText } from "./doc-nodes";

/** A run of characters sharing one style. Style values are as set (null: inherited). */
export interface DumpRun {
  text: string;
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  fontSize: number | null;
  fontFamily: string | null;
}

export interface DumpParagraph extends Omit<DumpRun, "text"> {
  type: "PARAGRAPH";
  text: string;
  heading: string;
  /** As set; null is the named style's (LEFT for normal text). */
  alignment: string | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  indentStart: number | null;
  indentFirstLine: number | null;
  pageBreak: boolean;
  horizontalRule: boolean;
  /** The images of the paragraph, at their displayed size. */
  images: { width: number; height: number; contentType: string }[];
  /** The text split where its style changes; the paragraph-level style fields say null when mixed. */
  runs: DumpRun[];
}

export interface DumpCell {
  text: string;
  backgroundColor: string | null;
  width: number | null;
  verticalAlignment: string | null;
  content: DumpBlock[];
}

export interface DumpTable {
  type: "TABLE";
  rows: DumpCell[][];
  borderWidth: number | null;
  columnWidths: (number | null)[];
}

export type DumpBlock = DumpParagraph | DumpTable;

export interface DocumentDump {
  id: string;
  name: string;
  /** Page size and margins, in points. */
  page: PageSetup;
  body: DumpBlock[];
}

const STYLE_KEYS = ["bold", "italic", "underline", "fontSize", "fontFamily"] as const;

function styleOf(style: TextStyle): Omit<DumpRun, "text"> {
  return Object.fromEntries(STYLE_KEYS.map((k) => [k, style[k] ?? null])) as Omit<DumpRun, "text">;
}

function runsOf(p: ParagraphNode): DumpRun[] {
  const runs: DumpRun[] = [];
  for (const node of p.children) {
    if (node.type !== "TEXT") continue;
    [...node.chars].forEach((ch, i) => {
      const style = styleOf(node.styles[i] ?? {});
      const last = runs.at(-1);
      if (last && STYLE_KEYS.every((k) => last[k] === style[k])) last.text += ch;
      else runs.push({ text: ch, ...style });
    });
  }
  return runs;
}

function dumpParagraph(p: ParagraphNode): DumpParagraph {
  const runs = runsOf(p);
  const shared = Object.fromEntries(
    STYLE_KEYS.map((k) => {
      const values = new Set(runs.map((r) => r[k]));
      return [k, values.size === 1 ? [...values][0] : runs.length === 0 ? (p.textStyle[k] ?? null) : null];
    }),
  ) as Omit<DumpRun, "text">;
  const { heading, alignment, spacingBefore, spacingAfter, lineSpacing, indentStart, indentFirstLine } = p;
  return {
    type: "PARAGRAPH",
    text: paragraphText(p),
    heading,
    alignment,
    ...shared,
    spacingBefore,
    spacingAfter,
    lineSpacing,
    indentStart,
    indentFirstLine,
    pageBreak: p.children.some((c) => c.type === "PAGE_BREAK"),
    horizontalRule: p.children.some((c) => c.type === "HORIZONTAL_RULE"),
    images: p.children.flatMap((c) =>
      c.type === "INLINE_IMAGE" ? [{ width: c.width, height: c.height, contentType: c.contentType }] : [],
    ),
    runs,
  };
}

function dumpCell(c: CellNode): DumpCell {
  const content = c.children.map(dumpBlock);
  const text = content.map((b) => (b.type === "PARAGRAPH" ? b.text : "")).join("\n");
  return {
    text,
    backgroundColor: c.backgroundColor,
    width: c.width,
    verticalAlignment: c.verticalAlignment,
    content,
  };
}

function dumpBlock(b: BlockNode): DumpBlock {
  if (b.type === "PARAGRAPH") return dumpParagraph(b);
  const rows = b.rows.map((r) => r.cells.map(dumpCell));
  return { type: "TABLE", rows, borderWidth: b.borderWidth, columnWidths: [...b.columnWidths] };
}

/** A plain, host-realm picture of a document body for `toEqual`/`toMatchObject` in tests. */
export function dumpDocument(id: string, name: string, body: BodyNode): DocumentDump {
  return { id, name, page: { ...body.page }, body: body.children.map(dumpBlock) };
}
