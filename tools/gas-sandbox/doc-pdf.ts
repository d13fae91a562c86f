import type { BlockNode, BodyNode, ParagraphNode, TableNode } from "./doc-model";
import type { PdfBlock, PdfLayout, PdfRun } from "./pdf-writer";

/** Google Docs' default sizes of the named styles, in points. */
const HEADING_SIZE: Record<string, number> = {
  NORMAL: 11,
  TITLE: 26,
  SUBTITLE: 15,
  HEADING1: 20,
  HEADING2: 16,
  HEADING3: 14,
  HEADING4: 12,
  HEADING5: 11,
  HEADING6: 11,
};

/** Helvetica's average glyph width, for centring and right alignment without font metrics. */
const AVERAGE_WIDTH = 0.5;

function runsOf(p: ParagraphNode): { runs: PdfRun[]; size: number } {
  const runs: PdfRun[] = [];
  let size = 0;
  for (const node of p.children) {
    if (node.type !== "TEXT") continue;
    [...node.chars].forEach((ch, i) => {
      const style = node.styles[i] ?? {};
      const run = {
        text: ch,
        bold: style.bold ?? p.heading.startsWith("HEADING"),
        italic: style.italic ?? false,
      };
      size = Math.max(size, style.fontSize ?? 0);
      const last = runs.at(-1);
      if (last && last.bold === run.bold && last.italic === run.italic) last.text += ch;
      else runs.push(run);
    });
  }
  return { runs, size: size || (p.textStyle.fontSize ?? HEADING_SIZE[p.heading] ?? 11) };
}

function paragraphBlocks(p: ParagraphNode, left: number, width: number): PdfBlock[] {
  const { runs, size } = runsOf(p);
  const textWidth = runs.reduce((n, r) => n + r.text.length, 0) * size * AVERAGE_WIDTH;
  const indent = (p.indentStart ?? 0) + (p.indentFirstLine ?? 0);
  const x =
    p.alignment === "CENTER"
      ? left + (width - textWidth) / 2
      : p.alignment === "RIGHT"
        ? left + width - textWidth
        : left + indent;
  const out: PdfBlock[] = [
    { kind: "line", size, gapBefore: p.spacingBefore ?? 0, texts: runs.length ? [{ x, runs }] : [] },
  ];
  if (p.children.some((c) => c.type === "HORIZONTAL_RULE")) out.push({ kind: "rule" });
  if (p.children.some((c) => c.type === "PAGE_BREAK")) out.push({ kind: "pageBreak" });
  return out;
}

/** A row's cells side by side; a cell's n-th paragraph on the row's n-th line. */
function tableBlocks(t: TableNode, left: number, width: number): PdfBlock[] {
  const columns = Math.max(0, ...t.rows.map((r) => r.cells.length));
  const set = t.columnWidths.filter((w): w is number => typeof w === "number");
  const free = (width - set.reduce((a, b) => a + b, 0)) / Math.max(columns - set.length, 1);
  const widths = Array.from({ length: columns }, (_, c) => t.columnWidths[c] ?? free);
  const out: PdfBlock[] = [];
  for (const row of t.rows) {
    const lines = Math.max(1, ...row.cells.map((c) => c.children.length));
    for (let n = 0; n < lines; n++) {
      let x = left;
      const texts = row.cells.flatMap((cell, c) => {
        const at = x + 4;
        x += widths[c] ?? free;
        const block = cell.children[n];
        if (block?.type !== "PARAGRAPH") return [];
        const { runs } = runsOf(block);
        return runs.length ? [{ x: at, runs }] : [];
      });
      const sizes = row.cells
        .map((c) => c.children[n])
        .filter((b): b is ParagraphNode => b?.type === "PARAGRAPH");
      out.push({
        kind: "line",
        size: Math.max(11, ...sizes.map((p) => runsOf(p).size)),
        gapBefore: 0,
        texts,
      });
    }
  }
  return out;
}

function blocksOf(b: BlockNode, left: number, width: number): PdfBlock[] {
  return b.type === "PARAGRAPH" ? paragraphBlocks(b, left, width) : tableBlocks(b, left, width);
}

/** The PDF layout of a document body: its page setup and its blocks in reading order. */
export function documentLayout(title: string, body: BodyNode): PdfLayout {
  const { page } = body;
  const width = page.pageWidth - page.marginLeft - page.marginRight;
  return { title, ...page, blocks: body.children.flatMap((b) => blocksOf(b, page.marginLeft, width)) };
}
