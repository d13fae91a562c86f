import type { FakeDataValidation } from "./data-validation";
import type { FakeRichTextValue } from "./rich-text";

/** A stored literal: Dates are host Dates here and re-created in the script realm on the way out. */
export type CellValue = string | number | boolean | Date;

/** Everything one cell holds. Absent fields are the sheet defaults. */
export interface Cell {
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  note?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  validation?: FakeDataValidation;
  richText?: FakeRichTextValue;
}

export const CELL_DEFAULTS = {
  numberFormat: "0.###############",
  background: "#ffffff",
  fontColor: "#000000",
  fontWeight: "normal",
  note: "",
  wrap: true,
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
} as const;

/** Keys that hold formatting/decoration (cleared by `clearFormat`). */
export const FORMAT_KEYS = [
  "numberFormat",
  "background",
  "fontColor",
  "fontWeight",
  "wrap",
  "horizontalAlignment",
  "verticalAlignment",
] as const;

export function hasContent(cell: Cell | undefined): boolean {
  if (!cell) return false;
  return cell.formula !== undefined || (cell.value !== undefined && cell.value !== "");
}

const HYPERLINK = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[;,]\s*"((?:[^"]|"")*)"\s*\)$/i;

/** The value a formula shows: only HYPERLINK("url"; "label") is evaluated, anything else reads ''. */
export function formulaValue(formula: string): CellValue {
  const m = HYPERLINK.exec(formula.trim());
  return m ? (m[2] ?? "").replace(/""/g, '"') : "";
}

export function hyperlinkUrl(formula: string | undefined): string | null {
  const m = formula ? HYPERLINK.exec(formula.trim()) : null;
  return m ? (m[1] ?? "").replace(/""/g, '"') : null;
}
