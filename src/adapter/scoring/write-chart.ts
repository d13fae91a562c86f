import type { ChartBlock } from "../../core/scoring/score-report";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The native chart of `BC Kết quả chấm điểm`: totals per unit as columns, the
 * floor as a line (a combo chart), placed right of the tables. On a rerun the
 * existing chart is modified in place (`updateChart`) and any extra one removed,
 * so charts never stack; with no data the chart is removed.
 */
export function writeScoreChart(sheet: Sheet, block: ChartBlock | null, column: number): void {
  const [first, ...extra] = sheet.getCharts();
  for (const chart of extra) sheet.removeChart(chart);
  if (!block) {
    if (first) sheet.removeChart(first);
    return;
  }
  const range = sheet.getRange(block.firstRow, 1, block.rows, block.columns);
  const builder = (first ? first.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.COMBO)
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(1, column, 0, 0)
    .setOption("title", block.title)
    .setOption("seriesType", "bars")
    .setOption("series", { 0: { color: "#4472c4" }, 1: { type: "line", color: "#cc0000", lineWidth: 2 } })
    .setOption("legend", { position: "top" })
    .setOption("hAxis", { slantedText: true, slantedTextAngle: 60 })
    .setOption("vAxis", { minValue: 0, title: "Điểm" })
    .setOption("width", 900)
    .setOption("height", 420);
  if (first) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}
