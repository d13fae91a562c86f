import type { FakeEmbeddedChart } from "../gas-sandbox/charts";

/** An embedded chart as the page draws it: categories down the first column, one series per other column. */
export interface ChartView {
  title: string;
  anchorRow: number;
  anchorColumn: number;
  width: number;
  height: number;
  /** Bar series stacked: each category's bars on top of each other (one value each: bars coloured by series). */
  stacked: boolean;
  categories: string[];
  series: { name: string; color: string | null; line: boolean; values: (number | null)[] }[];
}

/**
 * A chart's data from its ranges (side by side, the first column the categories, the first
 * `numHeaders` rows the series names), its title, size and per-series colour / line options.
 */
export function chartView(chart: FakeEmbeddedChart): ChartView {
  const { spec } = chart;
  const columns: unknown[][] = [];
  for (const range of spec.ranges) {
    const rows = range.getValues();
    for (let c = 0; c < range.getNumColumns(); c++) columns.push(rows.map((r) => r[c]));
  }
  const headers = Math.max(0, spec.numHeaders < 0 ? 1 : spec.numHeaders);
  const [labels = [], ...data] = columns;
  const option = (name: string) => spec.options[name];
  const seriesOptions = (option("series") ?? {}) as Record<string, { color?: unknown; type?: unknown }>;
  return {
    title: String(option("title") ?? ""),
    anchorRow: spec.position.anchorRow,
    anchorColumn: spec.position.anchorColumn,
    width: Number(option("width")) || 600,
    height: Number(option("height")) || 371,
    stacked: option("isStacked") === true,
    categories: labels.slice(headers).map(String),
    series: data.map((column, i) => ({
      name: headers > 0 ? String(column[0] ?? "") : `Chuỗi ${i + 1}`,
      color: typeof seriesOptions[i]?.color === "string" ? (seriesOptions[i]?.color as string) : null,
      line: seriesOptions[i]?.type === "line",
      values: column.slice(headers).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null)),
    })),
  };
}
