import type {
  BlockNode,
  CellNode,
  ParagraphNode,
  RowNode,
  TableNode,
  TextNode,
  TextStyle,
} from "./doc-model";

/** Makers of the model's nodes, shaped as Google Docs makes them, and their plain text. */

export function textNode(chars: string, style: TextStyle = {}): TextNode {
  return { type: "TEXT", chars, styles: Array.from(chars, () => style) };
}

export function paragraphNode(text = "", style: TextStyle = {}, appended = false): ParagraphNode {
  return {
    type: "PARAGRAPH",
    children: text === "" ? [] : [textNode(text, style)],
    heading: "NORMAL",
    alignment: null,
    spacingBefore: null,
    spacingAfter: null,
    lineSpacing: null,
    indentStart: null,
    indentEnd: null,
    indentFirstLine: null,
    textStyle: style,
    appended,
  };
}

/** A new cell holds one paragraph, as in Google Docs. */
export function cellNode(text = ""): CellNode {
  const padding = { top: null, bottom: null, left: null, right: null };
  return {
    type: "TABLE_CELL",
    children: [paragraphNode(text)],
    backgroundColor: null,
    width: null,
    verticalAlignment: null,
    padding,
  };
}

/** A table from a 2-D array of strings (none: no rows); short rows are padded with empty cells. */
export function tableNode(cells: readonly (readonly unknown[])[] = []): TableNode {
  const width = Math.max(0, ...cells.map((r) => r.length));
  const rows = cells.map((r) => ({
    type: "TABLE_ROW" as const,
    cells: Array.from({ length: width }, (_, i) => cellNode(r[i] === undefined ? "" : String(r[i]))),
    minimumHeight: null,
  }));
  return { type: "TABLE", rows, borderWidth: null, borderColor: null, columnWidths: [] };
}

export function paragraphText(p: ParagraphNode): string {
  return p.children.map((c) => (c.type === "TEXT" ? c.chars : "")).join("");
}

export function blockText(b: BlockNode): string {
  if (b.type === "PARAGRAPH") return paragraphText(b);
  return b.rows.map(rowText).join("\n");
}

/** Google joins a row's cells, and a table's rows, with newlines. */
export function rowText(r: RowNode): string {
  return r.cells.map((c) => c.children.map(blockText).join("\n")).join("\n");
}
