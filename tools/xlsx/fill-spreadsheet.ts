import type ExcelJS from "exceljs";
import type { FakeDataValidation, FakeProperties, FakeSheet, FakeSpreadsheet } from "../gas-sandbox";
import { parseA1 } from "../gas-sandbox";
import type { Cell } from "../gas-sandbox/cell";
import {
  isPropertiesSheet,
  readDocumentProperties,
  readSheetIds,
  restoreDocumentProperties,
} from "./document-properties";
import { readCell } from "./read-cell";
import { gidFormula, parseExcelLocation } from "./sheet-links";
import { fromExcelValidation, validationsOf } from "./validations";

/** Apps Script's new-sheet size: tabs are at least this big, and grow to fit the file. */
export const MIN_ROWS = 1000;
export const MIN_COLUMNS = 26;
/** Excel column width (characters) ↔ Sheets pixels. */
const pxFromChars = (chars: number): number => Math.round(chars * 7 + 5);
export const charsFromPx = (px: number): number => (px - 5) / 7;

function grow(sheet: FakeSheet, rows: number, columns: number): void {
  const grid = sheet._grid;
  if (rows > grid.maxRows) grid.insertRows(grid.maxRows + 1, rows - grid.maxRows);
  if (columns > grid.maxColumns) grid.insertColumns(grid.maxColumns + 1, columns - grid.maxColumns);
}

/** A link to a tab of the workbook (`#'Cụm 1'!A53`) becomes the `#gid=` formula Sheets uses. */
function withSheetLink(read: Cell, idOf: ReadonlyMap<string, number>): Cell {
  const url = read.richText?.getLinkUrl();
  const target = url?.startsWith("#") ? parseExcelLocation(url) : null;
  const id = target ? idOf.get(target.sheetName) : undefined;
  if (!target || id === undefined) return read;
  const { richText: _link, ...rest } = read;
  return { ...rest, formula: gidFormula(id, target.range, String(read.value ?? "")) };
}

function fillCells(
  sheet: FakeSheet,
  ws: ExcelJS.Worksheet,
  timeZone: string,
  idOf: Map<string, number>,
): void {
  // Empty cells count too: a format, background, note or dropdown on a blank cell is kept.
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const read = withSheetLink(readCell(cell, timeZone), idOf);
      if (Object.keys(read).length > 0) Object.assign(sheet._grid.cellForWrite(r, c), read);
    });
  });
}

function fillLayout(sheet: FakeSheet, ws: ExcelJS.Worksheet): void {
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (view?.state === "frozen") {
    if (view.ySplit) sheet.setFrozenRows(view.ySplit);
    if (view.xSplit) sheet.setFrozenColumns(view.xSplit);
  }
  ws.columns?.forEach((column, i) => {
    if (column.width !== undefined) sheet.setColumnWidth(i + 1, pxFromChars(column.width));
  });
  const tab = ws.properties.tabColor as { argb?: string } | undefined;
  if (tab?.argb) sheet.setTabColor(`#${tab.argb.slice(-6).toLowerCase()}`);
  if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hideSheet();
}

/** Data validations last: a range rule may point to any tab of the file. */
function fillValidations(spreadsheet: FakeSpreadsheet, sheet: FakeSheet, ws: ExcelJS.Worksheet): void {
  const rules = new Map<string, FakeDataValidation | undefined>();
  for (const [address, dv] of Object.entries(validationsOf(ws).model)) {
    if (!dv) continue;
    const key = JSON.stringify(dv);
    if (!rules.has(key)) rules.set(key, fromExcelValidation(dv, spreadsheet));
    const rule = rules.get(key);
    const rect = parseA1(address.replace(/^range:/, ""), Number.MAX_SAFE_INTEGER, 16384);
    if (!rule || !rect) continue;
    grow(sheet, rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1);
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.column; c < rect.column + rect.numColumns; c++)
        sheet._grid.cellForWrite(r, c).validation = rule;
  }
}

/**
 * Appends the worksheets of an ExcelJS workbook, in tab order, to a sandbox spreadsheet:
 * typed values (dates as instants of local midnight in the spreadsheet's zone), formulas with
 * their cached values, links, formats, notes, frozen panes, column widths, tab colours,
 * hidden tabs and data validations. Nothing is recorded in the call log. Each tab gets the
 * sheet id the reserved worksheet keeps for it (else a new one), and a link to a tab of the
 * file (`'Cụm 1'!A53`) becomes `=HYPERLINK("#gid=<its id>&range=A53","<text>")`.
 *
 * The reserved worksheet `_so-thi-dua.properties` is not a tab: when `documentProperties` (the
 * sandbox's `services.properties.document`) is given, its content replaces that store's.
 */
export function fillSpreadsheet(
  spreadsheet: FakeSpreadsheet,
  workbook: ExcelJS.Workbook,
  documentProperties?: FakeProperties,
): void {
  const env = spreadsheet._env;
  env.calls.untracked(() => {
    const ids = readSheetIds(workbook);
    const tabs = workbook.worksheets.filter((ws) => !isPropertiesSheet(ws));
    const pairs = tabs.map((ws) => ({
      ws,
      sheet: spreadsheet._addSheet(ws.name, undefined, ids.get(ws.name)),
    }));
    const idOf = new Map(pairs.map(({ sheet }) => [sheet.getName(), sheet.getSheetId()]));
    for (const { sheet, ws } of pairs) {
      grow(sheet, Math.max(MIN_ROWS, ws.rowCount), Math.max(MIN_COLUMNS, ws.columnCount));
      fillCells(sheet, ws, env.spreadsheetTimeZone, idOf);
      fillLayout(sheet, ws);
    }
    for (const { sheet, ws } of pairs) fillValidations(spreadsheet, sheet, ws);
  });
  if (documentProperties) restoreDocumentProperties(documentProperties, readDocumentProperties(workbook));
}
