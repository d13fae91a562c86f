import type { FakeSheet, FakeSpreadsheet } from "../gas-sandbox";
import { hyperlinkUrl } from "../gas-sandbox/cell";
import type { FakeEmbeddedChart } from "../gas-sandbox/charts";

/** One tab as the page draws it: display values, what the add-on wrote around them. */
export interface SheetView {
  name: string;
  sheetId: number;
  frozenRows: number;
  frozenColumns: number;
  /** Rows and columns drawn: the used area plus some empty room to type in. */
  numRows: number;
  numColumns: number;
  /** Rows that exist but are not drawn (very long tabs). */
  hiddenRows: number;
  columnWidths: number[];
  values: string[][];
  /** What the cell editor starts with: the formula, or the display value. */
  inputs: string[][];
  /** Non-white backgrounds, else null. */
  backgrounds: (string | null)[][];
  bold: boolean[][];
  /** False where the add-on turned wrapping off: the text runs into the empty cells beside it, as in Sheets. */
  wraps: boolean[][];
  notes: string[][];
  /** HYPERLINK targets, else null. */
  links: (string | null)[][];
  /** The tab's embedded charts, as data the page draws (the .xlsx layer does not keep them). */
  charts: ChartView[];
}

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

export interface TabInfo {
  name: string;
  sheetId: number;
  hidden: boolean;
}

const MAX_DRAWN_ROWS = 3000;
const EXTRA_ROWS = 20;
const EXTRA_COLUMNS = 2;

export function listTabs(spreadsheet: FakeSpreadsheet): TabInfo[] {
  return spreadsheet._env.calls.untracked(() =>
    spreadsheet
      .getSheets()
      .map((s) => ({ name: s.getName(), sheetId: s.getSheetId(), hidden: s.isSheetHidden() })),
  );
}

/** Reads a tab through the Range API, without counting calls (the page is not the add-on). */
export function sheetView(sheet: FakeSheet): SheetView {
  return sheet._env.calls.untracked(() => {
    const lastRow = sheet.getLastRow();
    const wanted = Math.max(lastRow + EXTRA_ROWS, 30);
    const numRows = Math.min(sheet.getMaxRows(), wanted, MAX_DRAWN_ROWS);
    const numColumns = Math.min(sheet.getMaxColumns(), Math.max(sheet.getLastColumn() + EXTRA_COLUMNS, 8));
    const range = sheet.getRange(1, 1, numRows, numColumns);
    const values = range.getDisplayValues();
    const formulas = range.getFormulas();
    const weights = range.getFontWeights();
    return {
      name: sheet.getName(),
      sheetId: sheet.getSheetId(),
      frozenRows: sheet.getFrozenRows(),
      frozenColumns: sheet.getFrozenColumns(),
      numRows,
      numColumns,
      hiddenRows: Math.max(0, lastRow - numRows),
      columnWidths: Array.from({ length: numColumns }, (_, c) => sheet.getColumnWidth(c + 1)),
      values: plain(values),
      inputs: plain(values.map((row, r) => row.map((v, c) => formulas[r]?.[c] || v))),
      backgrounds: plain(range.getBackgrounds().map((row) => row.map((b) => (isWhite(b) ? null : b)))),
      bold: plain(weights.map((row) => row.map((w) => w === "bold"))),
      wraps: plain(range.getWraps()),
      notes: plain(range.getNotes()),
      links: plain(formulas.map((row) => row.map((f) => (f ? hyperlinkUrl(f) : null)))),
      charts: sheet.getCharts().map(chartView),
    };
  });
}

/**
 * A chart's data from its ranges (side by side, the first column the categories, the first
 * `numHeaders` rows the series names), its title, size and per-series colour / line options.
 */
function chartView(chart: FakeEmbeddedChart): ChartView {
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

function isWhite(color: string): boolean {
  return /^#?(fff|ffffff)$/i.test(color) || color === "white";
}

/** Host-realm copies of the script realm's arrays (JSON does not care, but tests compare them). */
function plain<T>(rows: T[][]): T[][] {
  return Array.from(rows, (row) => Array.from(row));
}
