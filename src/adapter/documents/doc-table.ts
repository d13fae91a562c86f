import type { Table, TableRow } from "../../core/documents/model";
import { FONT, SIZE, styled } from "./doc-style";

type Body = GoogleAppsScript.Document.Body;

/** "I. CỤM 1 – …" → ["I", "CỤM 1 – …"]: the number goes under STT, the heading beside it. */
const NUMBERED = /^([IVXLC]+|\d+)\.\s+(.+)$/s;

/**
 * A row's texts, one per column. DocumentApp cannot merge cells, so a section row puts its
 * number in the first column and its heading in the second, where the names are.
 */
function texts(row: TableRow, columns: number): string[] {
  const out = Array.from({ length: columns }, () => "");
  if (row.kind !== "group") {
    row.cells.forEach((c, i) => {
      if (i < columns) out[i] = c;
    });
    return out;
  }
  const m = NUMBERED.exec(row.label);
  if (columns === 1) out[0] = row.label;
  else if (m) [out[0], out[1]] = [m[1] as string, m[2] as string];
  else out[1] = row.label;
  return out;
}

/**
 * A table of the body in one `appendTable` with every cell, then a bounded number of calls:
 * the font of the whole table, the column widths, the header row bold and centred. Section and
 * totals rows are made bold cell by cell: their number follows the clusters and units of the
 * plan, never the number of registrations.
 */
export function appendDataTable(body: Body, t: Table, width: number): void {
  const n = t.columns.length;
  const table = body.appendTable([t.columns.map((c) => c.header), ...t.rows.map((r) => texts(r, n))]);
  const A = DocumentApp.Attribute;
  table.setAttributes({ [A.FONT_FAMILY]: FONT, [A.FONT_SIZE]: SIZE.table });
  table.setBorderColor("#000000");
  const weight = t.columns.reduce((a, c) => a + c.width, 0) || 1;
  t.columns.forEach((c, i) => {
    table.setColumnWidth(i, (width * c.width) / weight);
    styled(table.getCell(0, i).getChild(0).asParagraph(), { size: SIZE.table, bold: true, align: "center" });
  });
  t.rows.forEach((row, k) => {
    if (row.kind === "data") return;
    texts(row, n).forEach((text, i) => {
      if (text) table.getCell(k + 1, i).setAttributes({ [A.BOLD]: true });
    });
  });
}
