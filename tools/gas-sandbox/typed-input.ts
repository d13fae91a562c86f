import { isValidDay, zonedMidnight } from "./time-zone";

/** A cell's content after parsing: a literal value, or a formula. */
export type ParsedInput =
  | { kind: "value"; value: string | number | boolean | Date }
  | { kind: "formula"; formula: string };

const INTEGER = /^[+-]?\d+$/;
const VI_DECIMAL = /^[+-]?\d*,\d+$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function parseNumber(text: string): number | undefined {
  if (INTEGER.test(text)) return Number(text);
  if (VI_DECIMAL.test(text)) return Number(text.replace(",", "."));
  return undefined;
}

/**
 * Parses a string the way typed input is parsed in a vi_VN-locale spreadsheet.
 *
 * - `=…` is a formula; a leading apostrophe keeps the rest as text;
 * - integer text is a number (`007` → 7), as is vi_VN decimal-comma text (`1,5` → 1.5);
 *   a dot is not a vi_VN decimal mark, so `1.5` stays text (not verified against Google: kept strict);
 * - `d/m/yyyy` of a real day is a Date at local midnight of `timeZone`;
 * - TRUE/FALSE in any case are booleans.
 * A cell formatted as plain text (`@`) keeps every string as text.
 */
export function parseTypedInput(text: string, timeZone: string, numberFormat?: string): ParsedInput {
  if (numberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  const n = parseNumber(trimmed);
  if (n !== undefined && Number.isFinite(n)) return { kind: "value", value: n };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const dmy = DMY.exec(trimmed);
  if (dmy) {
    const [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    if (isValidDay(year, month, day)) {
      return { kind: "value", value: new Date(zonedMidnight(year, month, day, timeZone)) };
    }
  }
  return { kind: "value", value: text };
}
