import type { CivilDate } from "./civil-date";

/**
 * The plan's time zone, Asia/Ho_Chi_Minh, as a constant offset.
 *
 * Vietnam has kept UTC+07:00 all year round since 13 June 1975 (no daylight
 * saving time since then), so the civil date of an instant is a fixed shift
 * away and needs no time-zone database: Apps Script's `Intl` support is
 * undocumented, and `Utilities.formatDate` is an Apps Script global the pure
 * core must not touch. Dates before mid-1975 (the South used UTC+08:00) can
 * come out one day early; the plan's dates (registrations, deadlines) are
 * all recent.
 */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The plan's zone by name: what setup sets as the spreadsheet's time zone. */
export const PLAN_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Is a spreadsheet time zone the plan's (Asia/Saigon is its older name)? */
export const isPlanTimeZone = (zone: string): boolean => zone === PLAN_TIME_ZONE || zone === "Asia/Saigon";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The civil date in Asia/Ho_Chi_Minh (+07:00) of an instant. A Sheets date
 * cell is local midnight, so it keeps its day; a date-time keeps its local
 * day. Works for a Date of any realm. Throws a RangeError for an invalid Date
 * (a programming error: check with `parseDateCell` first).
 */
export function civilDateOf(instant: Date): CivilDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError("civilDateOf: invalid Date");
  return civilFromDays(Math.floor((t + VN_OFFSET_MS) / DAY_MS));
}

/**
 * The proleptic Gregorian date `days` after 01/01/1970, by arithmetic alone (H. Hinnant's
 * `civil_from_days`): the checks read tens of thousands of dates, and a Date per read shows.
 */
function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** Milliseconds since the epoch of 00:00 UTC on the civil date (for day arithmetic). */
function utcMidnight(d: CivilDate): number {
  const date = new Date(0);
  // setUTCFullYear takes the year literally (Date.UTC would read 0–99 as 1900–1999).
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return date.getTime();
}

/**
 * The instant of local midnight (+07:00) starting the civil date: the value
 * to write to a date cell so that Sheets shows that day in a sheet set to
 * Asia/Ho_Chi_Minh.
 */
export function toInstant(d: CivilDate): Date {
  return new Date(utcMidnight(d) - VN_OFFSET_MS);
}

/** Days from `a` to `b`: positive when `b` is later, 0 on the same day. */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** The civil date `n` days after `d` (before it when `n` is negative). */
export function addDays(d: CivilDate, n: number): CivilDate {
  const t = new Date(utcMidnight(d) + n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const two = (n: number): string => String(n).padStart(2, "0");

/** An instant as `dd/mm/yyyy HH:mm` in Asia/Ho_Chi_Minh (report headers, the log). */
export function formatDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + VN_OFFSET_MS);
  const d = civilDateOf(instant);
  return `${two(d.day)}/${two(d.month)}/${d.year} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
