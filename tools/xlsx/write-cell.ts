import type ExcelJS from "exceljs";
import { CELL_DEFAULTS, type Cell, type CellValue, formulaValue, hyperlinkUrl } from "../gas-sandbox/cell";
import { isDate } from "../gas-sandbox/env";
import { toArgb } from "./colors";
import { toExcelDate } from "./excel-dates";
import { excelLocation, gidFormulaTarget } from "./sheet-links";

/** A tab's name from its sheet id (undefined: no such tab). */
export type SheetNameOf = (sheetId: number) => string | undefined;

/** Format given to a date cell that has none, so Excel shows it as a date (dd/mm/yyyy). */
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

function excelLiteral(value: CellValue, timeZone: string): ExcelJS.CellValue {
  return isDate(value) ? toExcelDate(value, timeZone) : value;
}

/**
 * A formula in the file's syntax: no leading `=`, and `;` argument separators (as typed in a
 * vi_VN Sheets) become `,` outside string literals.
 */
function fileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body.replace(/("(?:[^"]|"")*")|;/g, (_m, str: string | undefined) => str ?? ",");
}

function excelValue(cell: Cell, timeZone: string, nameOf: SheetNameOf): ExcelJS.CellValue {
  // A link to a row of another tab: an internal link Excel and LibreOffice follow (`#gid=`
  // means nothing outside Google); reading the file turns it back into the formula.
  const target = gidFormulaTarget(cell.formula, nameOf);
  if (target) {
    const location = excelLocation(target);
    return { text: String(formulaValue(cell.formula as string)) || location, hyperlink: `#${location}` };
  }
  if (cell.formula !== undefined) {
    // The sandbox evaluates HYPERLINK only; other formulas keep the cached value read from a file.
    const result = hyperlinkUrl(cell.formula) !== null ? formulaValue(cell.formula) : cell.value;
    const formula = fileFormula(cell.formula);
    if (result === undefined || result === "") return { formula } as ExcelJS.CellFormulaValue;
    return { formula, result: excelLiteral(result, timeZone) } as ExcelJS.CellFormulaValue;
  }
  const link = cell.richText?.getLinkUrl();
  if (link) return { text: cell.richText?.getText() ?? String(cell.value ?? ""), hyperlink: link };
  if (cell.value === undefined || cell.value === "") return null;
  return excelLiteral(cell.value, timeZone);
}

/** Writes one sandbox cell (value, formats, note) into an ExcelJS cell. */
export function writeCell(
  target: ExcelJS.Cell,
  cell: Cell,
  timeZone: string,
  nameOf: SheetNameOf = () => undefined,
): void {
  const value = excelValue(cell, timeZone, nameOf);
  if (value !== null) target.value = value;
  const numFmt = cell.numberFormat !== CELL_DEFAULTS.numberFormat ? cell.numberFormat : undefined;
  if (numFmt) target.numFmt = numFmt;
  else if (isDate(cell.value) && cell.formula === undefined) target.numFmt = DEFAULT_DATE_FORMAT;
  const bold = cell.fontWeight === "bold";
  const color =
    cell.fontColor && cell.fontColor !== CELL_DEFAULTS.fontColor ? toArgb(cell.fontColor) : undefined;
  if (bold || color)
    target.font = { ...(bold ? { bold } : {}), ...(color ? { color: { argb: color } } : {}) };
  const background = cell.background !== CELL_DEFAULTS.background ? toArgb(cell.background) : undefined;
  if (background) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: background } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell.wrap !== undefined) alignment.wrapText = cell.wrap;
  if (cell.horizontalAlignment && cell.horizontalAlignment !== CELL_DEFAULTS.horizontalAlignment)
    alignment.horizontal = cell.horizontalAlignment as ExcelJS.Alignment["horizontal"];
  if (cell.verticalAlignment && cell.verticalAlignment !== CELL_DEFAULTS.verticalAlignment)
    alignment.vertical = cell.verticalAlignment as ExcelJS.Alignment["vertical"];
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
  if (cell.note) target.note = cell.note;
}
