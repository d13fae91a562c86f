import type { ChartSpec, ReportCell, ReportSheet, RowStyle } from "./report-sheet";

/**
 * Builds a generated `BC …` tab row by row: titles and section lines in column A (they run
 * across the empty cells beside them), table rows under one header, and the row below which
 * the header stays frozen.
 */
export class ReportBuilder {
  private readonly rows: ReportCell[][] = [];
  private readonly styles: RowStyle[] = [];
  private readonly charts: ChartSpec[] = [];
  private frozenRows = 0;

  constructor(
    private readonly name: string,
    private readonly widths: readonly number[],
  ) {}

  /** The 1-based row the next `push` writes. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  push(style: RowStyle, ...cells: ReportCell[]): this {
    this.rows.push(cells);
    this.styles.push(style);
    return this;
  }

  title(text: string): this {
    return this.push("title", text);
  }

  subtitle(text: string): this {
    return this.push("subtitle", text);
  }

  section(text: string): this {
    return this.push("section", text);
  }

  blank(): this {
    return this.push("plain");
  }

  /** A table header row; with `freeze`, the rows down to it stay on screen when scrolling. */
  header(cells: readonly ReportCell[], freeze = false): this {
    this.push("header", ...cells);
    if (freeze) this.frozenRows = this.rows.length;
    return this;
  }

  chart(spec: ChartSpec): this {
    this.charts.push(spec);
    return this;
  }

  build(): ReportSheet {
    return {
      name: this.name,
      widths: this.widths,
      rows: this.rows,
      styles: this.styles,
      frozenRows: this.frozenRows,
      charts: this.charts,
    };
  }
}
