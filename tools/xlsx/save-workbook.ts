import ExcelJS from "exceljs";
import type { FakeDataValidation, FakeSheet, FakeSpreadsheet } from "../gas-sandbox";
import { toA1 } from "../gas-sandbox";
import { writeFileAtomic } from "./atomic-write";
import { writeDocumentProperties } from "./document-properties";
import { charsFromPx } from "./fill-spreadsheet";
import { writeInternalLinks } from "./internal-links-write";
import { toExcelValidation, validationsOf } from "./validations";
import { type SheetNameOf, writeCell } from "./write-cell";

const DEFAULT_COLUMN_WIDTH = 100;

function addWorksheet(workbook: ExcelJS.Workbook, sheet: FakeSheet): ExcelJS.Worksheet {
  const ySplit = sheet.getFrozenRows();
  const xSplit = sheet.getFrozenColumns();
  const tabColor = sheet.getTabColor();
  const ws = workbook.addWorksheet(sheet.getName(), {
    views: ySplit || xSplit ? [{ state: "frozen", xSplit, ySplit }] : [],
    ...(tabColor ? { properties: { tabColor: { argb: `FF${tabColor.slice(1).toUpperCase()}` } } } : {}),
    state: sheet.isSheetHidden() ? "hidden" : "visible",
  });
  for (let c = 1; c <= sheet.getMaxColumns(); c++) {
    const px = sheet.getColumnWidth(c);
    if (px !== DEFAULT_COLUMN_WIDTH) ws.getColumn(c).width = charsFromPx(px);
  }
  return ws;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: FakeSheet, timeZone: string, nameOf: SheetNameOf): void {
  const grid = sheet._grid;
  const rules = new Map<FakeDataValidation, ExcelJS.DataValidation | undefined>();
  for (let r = 1; r <= grid.maxRows; r++) {
    for (let c = 1; c <= grid.maxColumns; c++) {
      const cell = grid.cell(r, c);
      if (!cell || Object.keys(cell).length === 0) continue;
      const { validation, ...rest } = cell;
      if (Object.keys(rest).length > 0) writeCell(ws.getCell(r, c), rest, timeZone, nameOf);
      if (!validation) continue;
      if (!rules.has(validation)) rules.set(validation, toExcelValidation(validation));
      const dv = rules.get(validation);
      if (dv) validationsOf(ws).add(toA1({ row: r, column: c, numRows: 1, numColumns: 1 }), dv);
    }
  }
}

export interface SaveWorkbookOptions {
  /**
   * The document properties to keep in the file (e.g. `documentPropertiesOf(sandbox)`), in a
   * `veryHidden` worksheet named `_so-thi-dua.properties` that `loadWorkbook` restores into
   * `PropertiesService.getDocumentProperties()` and never shows as a tab. The tabs' sheet ids
   * are kept there too, so that the reopened workbook has the same ids (Google never changes a
   * tab's id: `#gid=` links and copied addresses rely on it).
   */
  documentProperties?: Record<string, string>;
}

/**
 * A sandbox spreadsheet as an ExcelJS workbook (tab order, values, formats, layout, validations),
 * plus the reserved properties worksheet, last, when `options.documentProperties` has any.
 */
function toExcelWorkbook(spreadsheet: FakeSpreadsheet, options: SaveWorkbookOptions = {}): ExcelJS.Workbook {
  const env = spreadsheet._env;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sổ thi đua";
  const sheets = env.calls.untracked(() => spreadsheet.getSheets());
  const ids = sheets.map((s) => [s.getName(), s.getSheetId()] as const);
  const names = new Map(ids.map(([name, id]) => [id, name]));
  env.calls.untracked(() => {
    for (const sheet of sheets) {
      writeSheet(addWorksheet(workbook, sheet), sheet, env.spreadsheetTimeZone, (id) => names.get(id));
    }
  });
  if (options.documentProperties) writeDocumentProperties(workbook, options.documentProperties, ids);
  return workbook;
}

/**
 * Saves a sandbox spreadsheet to `.xlsx`, atomically: `<path>.tmp` is written, the previous
 * file kept as `<path>.bak`, then the temporary file renamed over `path`. A failure throws an
 * `XlsxFileError` (code WRITE_FAILED) and leaves the previous file untouched. Pass
 * `{ documentProperties: documentPropertiesOf(sandbox) }` to keep the document properties (and
 * the sheet ids) too. Links to a row of a tab are written as Excel writes internal links.
 */
export async function saveWorkbook(
  spreadsheet: FakeSpreadsheet,
  path: string,
  options: SaveWorkbookOptions = {},
): Promise<void> {
  const buffer = await toExcelWorkbook(spreadsheet, options).xlsx.writeBuffer();
  await writeFileAtomic(path, await writeInternalLinks(Buffer.from(buffer as ArrayBuffer)));
}
