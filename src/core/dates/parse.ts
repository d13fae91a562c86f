import { type Cell, isBlank, isDate } from "../cell";
import { isValidCivil } from "./civil";
import type { CivilDate } from "./civil-date";
import { civilDateOf } from "./zone";

/** Result of {@link parseDateCell}. */
export type ParsedDate = { ok: true; date: CivilDate } | { ok: false; reason: "blank" | "invalid" };

/** Years accepted, for text and date cells alike. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

// d/m/yyyy or dd/mm/yyyy, slashes only; white space around is allowed.
const SLASH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

const inRange = (d: CivilDate): boolean => d.year >= MIN_YEAR && d.year <= MAX_YEAR;

/**
 * Reads a cell as a date (WORKBOOK.md: "Dates may be real date cells or text
 * dd/mm/yyyy (also d/m/yyyy). Anything else is a finding, not a guess.").
 *
 * - blank (`''`, null, undefined, white space) → `reason: "blank"`;
 * - a Date of any realm → its civil date in +07:00 (a date-time keeps its
 *   local day); an invalid Date, or a year outside 1900–2100 (a time-only
 *   cell is a Date in 1899) → invalid;
 * - text `dd/mm/yyyy` or `d/m/yyyy` that is a real calendar date with a year
 *   in 1900–2100 → that date; other text (`dd-mm-yyyy`, `yyyy-mm-dd`,
 *   31/02/2020, 29/02/2019) → invalid;
 * - numbers (serial numbers are not guessed) and booleans → invalid.
 *
 * Never throws, whatever the value.
 */
export function parseDateCell(cell: Cell): ParsedDate {
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: "invalid" };
    const date = civilDateOf(cell);
    return inRange(date) ? { ok: true, date } : { ok: false, reason: "invalid" };
  }
  if (typeof cell === "string") {
    if (isBlank(cell)) return { ok: false, reason: "blank" };
    const m = SLASH_DATE.exec(cell);
    if (!m) return { ok: false, reason: "invalid" };
    const date: CivilDate = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    return isValidCivil(date) && inRange(date) ? { ok: true, date } : { ok: false, reason: "invalid" };
  }
  if (cell === null || cell === undefined) return { ok: false, reason: "blank" };
  return { ok: false, reason: "invalid" };
}
