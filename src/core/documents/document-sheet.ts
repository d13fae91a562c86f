import { ReportBuilder } from "../reports/report-builder";
import type { ReportSheet, RowStyle } from "../reports/report-sheet";
import type { Chart, DocumentModel, Table } from "./model";

/** Width of the tab's table area in pixels: a landscape document gets a wider tab. */
const TAB_WIDTH = { portrait: 960, landscape: 1200 } as const;
/** Sheets rows are 21 px high: charts reserve whole rows so nothing hides under them. */
const ROW_PX = 21;
const CHART = { width: 640, minRows: 14, colors: ["#4472c4", "#ed7d31", "#70ad47", "#ffc000"] } as const;

const isTable = (b: DocumentModel["body"][number]): b is Table => b.kind === "table";

/** Column widths in pixels: each table shares the tab width by its columns' weights; the widest wins. */
function columnWidths(model: DocumentModel): number[] {
  const total = TAB_WIDTH[model.orientation];
  const widths: number[] = [];
  for (const t of model.body.filter(isTable)) {
    const weight = t.columns.reduce((a, c) => a + c.width, 0) || 1;
    t.columns.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Math.round((total * c.width) / weight));
    });
  }
  return widths.length > 0 ? widths : [total];
}

/**
 * A document as its `BC …` tab: the same content as the Google Doc and the Word file, laid out
 * for the screen — the title and summary lines, who issues it and when, each paragraph on a
 * line, each table under its header (sections and units as bold rows, totals bold), each chart
 * drawn from its numbers beside them, then the recipients and the signature.
 */
export function documentSheet(model: DocumentModel, name: string): ReportSheet {
  const widths = columnWidths(model);
  const b = new ReportBuilder(name, widths);
  b.title(model.title);
  for (const line of model.subtitle) b.subtitle(line);
  const h = model.header;
  b.subtitle([h.superior, h.issuer, h.number, h.placeDate].filter((t) => t).join(" · "));
  for (const block of model.body) {
    b.blank();
    if (block.kind === "paragraph") b.push(block.bold ? "section" : "subtitle", block.text);
    else if (block.kind === "table") table(b, block);
    else chart(b, block);
  }
  closing(b, model, widths.length);
  return b.build();
}

/** A table under its header row. Nothing is frozen: the header sits under several lines of text. */
function table(b: ReportBuilder, t: Table): void {
  b.header(t.columns.map((c) => c.header));
  for (const row of t.rows) {
    if (row.kind === "group") b.push(row.level === 1 ? "section" : "group", row.label);
    else b.push(row.kind === "total" ? "total" : ("plain" as RowStyle), ...row.cells);
  }
}

/**
 * The chart's numbers as a block (a header, a row per category) from column B, the tables'
 * wide name column, and the chart anchored beside it.
 */
function chart(b: ReportBuilder, c: Chart): void {
  b.subtitle(c.title);
  const top = b.nextRow;
  b.header(["", "", ...c.series.map((s) => s.name)]);
  c.categories.forEach((category, i) => {
    b.push("plain", "", category, ...c.series.map((s) => s.values[i] ?? 0));
  });
  const rows = Math.max(c.categories.length + 1, CHART.minRows);
  for (let i = c.categories.length + 1; i < rows; i++) b.blank();
  b.chart({
    title: c.title,
    data: { row: top, column: 2, rows: c.categories.length + 1, columns: c.series.length + 1 },
    anchor: { row: top, column: c.series.length + 4 },
    width: CHART.width,
    height: rows * ROW_PX - 6,
    series: c.series.map((_, i) => ({ color: CHART.colors[i % CHART.colors.length] as string })),
    stacked: false,
    vAxisTitle: "Số lượng",
  });
}

/** `Nơi nhận` on the left, the signature block from the middle of the table to the right. */
function closing(b: ReportBuilder, model: DocumentModel, columns: number): void {
  const left = model.recipients.length > 0 ? ["Nơi nhận:", ...model.recipients] : [];
  const sign = model.signature;
  const right = sign ? [...sign.authority, "", "", sign.signer] : [];
  const at = Math.max(1, Math.ceil(columns / 2));
  b.blank();
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const cells: string[] = Array.from({ length: at + 1 }, () => "");
    cells[0] = left[i] ?? "";
    cells[at] = right[i] ?? "";
    b.push("subtitle", ...cells);
  }
}
