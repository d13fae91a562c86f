import type { Table } from "docx";
import type {
  Table as TableBlock,
  TableColumn,
  TableRow as TableRowModel,
} from "../../src/core/documents/model";
import { cell, grid, TableRow } from "./docx-grid";
import { line } from "./docx-text";
import { shareOut } from "./page-geometry";

/** Tables are set one point smaller than the body (13 pt), single-spaced, with a little air. */
const SIZE = 13;
const cellText = (text: string, o: { bold?: boolean; italic?: boolean; align?: TableColumn["align"] }) =>
  line(text, { size: SIZE, before: 2, after: 2, ...o });

function rowCells(
  columns: readonly TableColumn[],
  widths: readonly number[],
  texts: readonly string[],
  bold: boolean,
) {
  return columns.map((c, i) =>
    cell({ children: [cellText(texts[i] ?? "", { bold, align: c.align })], width: widths[i] as number }),
  );
}

function bodyRow(row: TableRowModel, columns: readonly TableColumn[], widths: readonly number[]): TableRow {
  if (row.kind === "group") {
    // keepNext keeps a section title off the bottom of a page, with its first row.
    const label = line(row.label, {
      size: SIZE,
      bold: true,
      italic: row.level === 3,
      before: 2,
      after: 2,
      keepNext: true,
    });
    const width = widths.reduce((a, w) => a + w, 0);
    return new TableRow({
      cantSplit: true,
      children: [cell({ children: [label], width, span: columns.length })],
    });
  }
  return new TableRow({
    cantSplit: true,
    children: rowCells(columns, widths, row.cells, row.kind === "total"),
  });
}

/**
 * A table of the body: header row bold and centred, marked `tblHeader` so Word repeats it on
 * every page; a row never splits across pages; widths in proportion of the columns' `width`.
 */
export function dataTable(t: TableBlock, widthTwips: number): Table {
  const widths = shareOut(
    widthTwips,
    t.columns.map((c) => c.width),
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) =>
      cell({ children: [cellText(c.header, { bold: true, align: "center" })], width: widths[i] as number }),
    ),
  });
  return grid(widths, [header, ...t.rows.map((r) => bodyRow(r, t.columns, widths))], true);
}
