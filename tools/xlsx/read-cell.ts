import type ExcelJS from "exceljs";
import { FakeRichTextValue } from "../gas-sandbox";
import type { Cell, CellValue } from "../gas-sandbox/cell";
import { fromArgb } from "./colors";
import { fromExcelDate } from "./excel-dates";

const HORIZONTAL = new Set(["left", "center", "right"]);
const VERTICAL: Record<string, string> = { top: "top", middle: "middle", bottom: "bottom" };

/** A literal ExcelJS value (or a formula's cached result) as a sandbox value. */
function literal(value: unknown, timeZone: string): CellValue | undefined {
  if (value === null || value === undefined || Number.isNaN(value)) return undefined;
  if (value instanceof Date) return fromExcelDate(value, timeZone);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "error" in value) return String((value as { error: unknown }).error);
  return undefined;
}

/**
 * The content of an ExcelJS cell value: value, formula (with its cached value) or a link.
 * Shared by the full reader and the streaming reader (whose formula results may be NaN).
 */
export function readContent(value: ExcelJS.CellValue, timeZone: string): Cell {
  const v = value as unknown;
  if (v === null || v === undefined) return {};
  if (typeof v !== "object" || v instanceof Date) return { value: literal(v, timeZone) };
  const o = v as Record<string, unknown>;
  const formula = (o.formula ?? o.sharedFormula) as string | undefined;
  if (typeof formula === "string") {
    const cached = literal(o.result, timeZone);
    return { formula: `=${formula}`, ...(cached === undefined ? {} : { value: cached }) };
  }
  if (Array.isArray(o.richText)) {
    return { value: (o.richText as { text: string }[]).map((r) => r.text).join("") };
  }
  if (typeof o.hyperlink === "string") {
    const text = typeof o.text === "string" ? o.text : String(o.hyperlink);
    return { value: text, richText: new FakeRichTextValue(text, o.hyperlink) };
  }
  return { value: literal(v, timeZone) };
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("") || undefined;
}

/** Everything the sandbox keeps of an ExcelJS cell (absent fields are the sheet defaults). */
export function readCell(cell: ExcelJS.Cell, timeZone: string): Cell {
  const out: Cell = readContent(cell.value, timeZone);
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const { font, fill, alignment } = cell;
  if (font?.bold) out.fontWeight = "bold";
  const fontColor = fromArgb(font?.color?.argb);
  if (fontColor && fontColor !== "#000000") out.fontColor = fontColor;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const background = fromArgb(fill.fgColor?.argb);
    if (background) out.background = background;
  }
  if (alignment?.wrapText !== undefined) out.wrap = alignment.wrapText;
  if (alignment?.horizontal && HORIZONTAL.has(alignment.horizontal))
    out.horizontalAlignment = alignment.horizontal;
  const vertical = alignment?.vertical ? VERTICAL[alignment.vertical] : undefined;
  if (vertical) out.verticalAlignment = vertical;
  const note = noteText(cell.note);
  if (note) out.note = note;
  return out;
}
