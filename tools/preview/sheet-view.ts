import type { FakeSheet, FakeSpreadsheet } from "../gas-sandbox";
import { hyperlinkUrl } from "../gas-sandbox/cell";
import { type ChartView, chartView } from "./chart-view";
import { dropdownLists } from "./dropdown-lists";

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
  /**
   * True where wrapping was turned on (by the add-on, or in the file). Elsewhere the text runs
   * into the empty cells beside it, else is cut at the cell's edge: Sheets' default ("Tràn"),
   * and what an .xlsx cell without wrapping shows in Excel too.
   */
  wraps: boolean[][];
  notes: string[][];
  /** HYPERLINK targets, else null. */
  links: (string | null)[][];
  /** The tab's embedded charts, as data the page draws (the .xlsx layer does not keep them). */
  charts: ChartView[];
  /** The choices of each dropdown of the tab, once each. */
  lists: string[][];
  /** Per cell, the index in `lists` of its dropdown's choices, else null. */
  listOf: (number | null)[][];
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
      wraps: Array.from({ length: numRows }, (_, r) =>
        Array.from({ length: numColumns }, (_, c) => sheet._grid.cell(r + 1, c + 1)?.wrap === true),
      ),
      notes: plain(range.getNotes()),
      links: plain(formulas.map((row) => row.map((f) => (f ? hyperlinkUrl(f) : null)))),
      charts: sheet.getCharts().map(chartView),
      ...dropdownLists(range.getDataValidations()),
    };
  });
}

function isWhite(color: string): boolean {
  return /^#?(fff|ffffff)$/i.test(color) || color === "white";
}

/** Host-realm copies of the script realm's arrays (JSON does not care, but tests compare them). */
function plain<T>(rows: T[][]): T[][] {
  return Array.from(rows, (row) => Array.from(row));
}
