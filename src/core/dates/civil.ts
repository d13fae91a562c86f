import type { CivilDate } from "./civil-date";

/** Number of days in `month` (1–12) of `year`, Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day, month and year make a real calendar date (31/02 does not). */
export function isValidCivil(d: CivilDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Negative when `a` is before `b`, 0 on the same day, positive after: a sort comparator. */
export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** True when both are the same calendar day. */
export function sameCivil(a: CivilDate, b: CivilDate): boolean {
  return compareCivil(a, b) === 0;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** The date as the plan writes it: "dd/mm/yyyy" ("28/02/2020"). */
export function formatCivil(d: CivilDate): string {
  return `${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`;
}

/**
 * True when an action dated `dateOfAction` meets `deadline`: a deadline day
 * counts as on time until 23:59:59 local time that day (RULES.md, "The
 * reference date"), so on the deadline day itself is on time.
 */
export function isOnTime(dateOfAction: CivilDate, deadline: CivilDate): boolean {
  return compareCivil(dateOfAction, deadline) <= 0;
}
