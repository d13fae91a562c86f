import type { WriteValue } from "../write-value";

/** A link from a report cell to a cell of another tab. */
export interface CellLink {
  readonly sheet: string;
  readonly row: number;
  readonly label: string;
}

export type ReportCell = WriteValue | CellLink;

/**
 * Row styles a report asks for; the adapter maps them to colours. `group` is a document's
 * sub-section row (a unit under its cluster), `total` a table's totals row.
 */
export type RowStyle =
  | "title"
  | "subtitle"
  | "section"
  | "group"
  | "header"
  | "total"
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
  /** Embedded charts of the tab: a rerun replaces them, never stacks them. */
  readonly charts: readonly ChartSpec[];
}

/** A series of a chart: one column of the data block (its header is the legend), bars or a line. */
interface ChartSeries {
  readonly color: string;
  readonly line?: boolean;
}

/**
 * An embedded chart of a report tab: drawn from a block of the tab (a header row, then one
 * row per category: the label in the first column, one column per series), anchored at a cell.
 */
export interface ChartSpec {
  readonly title: string;
  /** The data block: 1-based first row (its header), first column, rows (header included), columns. */
  readonly data: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
  readonly anchor: { readonly row: number; readonly column: number };
  readonly width: number;
  readonly height: number;
  readonly series: readonly ChartSeries[];
  /**
   * Bars of the series stacked: with one value per category in exactly one of the bar series,
   * each bar takes its series' colour (bars coloured by outcome).
   */
  readonly stacked: boolean;
  readonly vAxisTitle: string;
}

export function isLink(v: ReportCell): v is CellLink {
  return typeof v === "object" && v !== null && "sheet" in v && "label" in v;
}
