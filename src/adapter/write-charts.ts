import type { ChartSpec } from "../core/reports/report-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The embedded charts of a report tab: the old ones removed, the new ones inserted, so a
 * rerun replaces them, never stacks them. Each is a combo chart over its data block: bar
 * series (stacked, so a category's one value takes its series' colour) and line series.
 */
export function writeCharts(sheet: Sheet, charts: readonly ChartSpec[]): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  for (const spec of charts) {
    const { row, column, rows, columns } = spec.data;
    const series = Object.fromEntries(
      spec.series.map((s, i) => [
        i,
        s.line ? { type: "line", color: s.color, lineWidth: 2 } : { color: s.color },
      ]),
    );
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COMBO)
      .addRange(sheet.getRange(row, column, rows, columns))
      .setNumHeaders(1)
      .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
      .setOption("title", spec.title)
      .setOption("seriesType", "bars")
      .setOption("isStacked", spec.stacked)
      .setOption("series", series)
      .setOption("legend", { position: "top" })
      .setOption("hAxis", { slantedText: true, slantedTextAngle: 45 })
      .setOption("vAxis", { minValue: 0, title: spec.vAxisTitle })
      .setOption("width", spec.width)
      .setOption("height", spec.height)
      .build();
    sheet.insertChart(chart);
  }
}
