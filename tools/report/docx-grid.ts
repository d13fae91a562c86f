import {
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";

/** Cell padding left and right (twips, ≈ 1.5 mm): what the text width of a column loses. */
export const CELL_PAD = 85;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const LINE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;

export interface CellSpec {
  readonly children: readonly Paragraph[];
  readonly width: number;
  readonly span?: number;
  readonly valign?: "top" | "center";
}

/** A cell of a fixed-layout table; the width is repeated on the cell because LibreOffice reads it there. */
export function cell(spec: CellSpec): TableCell {
  return new TableCell({
    // Word refuses a cell without a paragraph.
    children: spec.children.length > 0 ? [...spec.children] : [new Paragraph({})],
    width: { size: spec.width, type: WidthType.DXA },
    columnSpan: spec.span,
    verticalAlign: spec.valign === "top" ? VerticalAlign.TOP : VerticalAlign.CENTER,
    margins: { left: CELL_PAD, right: CELL_PAD, top: 20, bottom: 20 },
  });
}

/** A fixed-layout table `widths` wide (twips), with or without lines. */
export function grid(widths: readonly number[], rows: readonly TableRow[], lines: boolean): Table {
  return new Table({
    rows: [...rows],
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: lines ? LINE_BORDERS : TableBorders.NONE,
  });
}

export { TableRow };
