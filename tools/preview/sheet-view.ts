import type { FakeSheet, FakeSpreadsheet } from "../gas-sandbox";
import { hyperlinkUrl } from "../gas-sandbox/cell";

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
  notes: string[][];
  /** HYPERLINK targets, else null. */
  links: (string | null)[][];
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
      notes: plain(range.getNotes()),
      links: plain(formulas.map((row) => row.map((f) => (f ? hyperlinkUrl(f) : null)))),
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
