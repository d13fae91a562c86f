import type { WriteValue } from "../write-value";

/** A link from a report cell to a cell of another tab. */
export interface CellLink {
  readonly sheet: string;
  readonly row: number;
  readonly label: string;
}

export type ReportCell = WriteValue | CellLink;

/** Row styles a report asks for; the adapter maps them to colours. */
export type RowStyle =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "error"
  | "warning"
  | "info"
  | "ok"
  | "plain";

/** A generated `BC …` tab as data: rows of cells, a style per row, column widths. */
export interface ReportSheet {
  readonly name: string;
  readonly widths: readonly number[];
  readonly rows: readonly (readonly ReportCell[])[];
  readonly styles: readonly RowStyle[];
  /** 1-based row to freeze below (the first table header), or 0. */
  readonly frozenRows: number;
}

export function isLink(v: ReportCell): v is CellLink {
  return typeof v === "object" && v !== null && "sheet" in v && "label" in v;
}
