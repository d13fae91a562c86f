import { isValidDay, zonedFields, zonedMidnight } from "./time-zone";
import { parseViNumber } from "./typed-number";

/** A cell's content after parsing: a literal value, or a formula. */
export type ParsedInput =
  | { kind: "value"; value: string | number | boolean | Date }
  | { kind: "formula"; formula: string };

const DIGIT = /\d/;
const DMY = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Day zero of Sheets' serial dates: time-only values are Dates on 30/12/1899. */
const TIME_DAY = { year: 1899, month: 12, day: 30 } as const;

const clockMs = (h: string | undefined, m: string | undefined, s: string | undefined): number =>
  (Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0)) * 1000;

function localDate(year: number, month: number, day: number, ms: number, timeZone: string): Date | undefined {
  if (!isValidDay(year, month, day)) return undefined;
  return new Date(zonedMidnight(year, month, day, timeZone) + ms);
}

function parseDateTime(text: string, timeZone: string, now: number): Date | undefined {
  const time = TIME.exec(text);
  if (time) {
    if (Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return undefined;
    const { year, month, day } = TIME_DAY;
    return localDate(year, month, day, clockMs(time[1], time[2], time[3]), timeZone);
  }
  const iso = ISO_DAY.exec(text);
  if (iso) return localDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), 0, timeZone);
  const dmy = DMY.exec(text);
  if (!dmy) return undefined;
  // vi_VN reads d/m; without a year it is a day of the current year (`1/2` is 1 February).
  const year = dmy[3] ? Number(dmy[3]) : zonedFields(now, timeZone).year;
  if (Number(dmy[4] ?? 0) > 23 || Number(dmy[5] ?? 0) > 59 || Number(dmy[6] ?? 0) > 59) return undefined;
  return localDate(year, Number(dmy[2]), Number(dmy[1]), clockMs(dmy[4], dmy[5], dmy[6]), timeZone);
}

/**
 * Parses a string the way typed input is parsed in a vi_VN-locale spreadsheet.
 *
 * - `=…` is a formula; a leading apostrophe keeps the rest as text;
 * - numbers in vi_VN notation (`007` → 7, `1,5`, `1.000` → 1000, `(5)` → -5, `5%` → 0.05,
 *   `$5`/`5 ₫`/`5đ` → 5, `1e3`, `1 1/2` → 1.5); `1.5` is not vi_VN and stays text;
 * - `d/m/yyyy` (optionally with `h:mm[:ss]`), `yyyy-mm-dd`, and `d/m` (this year, by `now`) of a
 *   real day are Dates in `timeZone`; `h:mm[:ss]` is a time: a Date on 30/12/1899;
 * - TRUE/FALSE in any case are booleans.
 * A cell formatted as plain text (`@`) keeps every string as text.
 */
export function parseTypedInput(
  text: string,
  timeZone: string,
  numberFormat?: string,
  now: number = Date.now(),
): ParsedInput {
  if (numberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  // Every number, date and time holds a digit: text without one can only be a boolean.
  if (!DIGIT.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    return { kind: "value", value: upper === "TRUE" || upper === "FALSE" ? upper === "TRUE" : text };
  }
  const n = parseViNumber(trimmed);
  if (n !== undefined) return { kind: "value", value: n };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const date = parseDateTime(trimmed, timeZone, now);
  return { kind: "value", value: date ?? text };
}

/** Whether a Date is a time of day alone (Sheets' day zero, 30/12/1899, in the zone). */
export function isTimeOnly(ms: number, timeZone: string): boolean {
  const f = zonedFields(ms, timeZone);
  return f.year === TIME_DAY.year && f.month === TIME_DAY.month && f.day === TIME_DAY.day;
}
