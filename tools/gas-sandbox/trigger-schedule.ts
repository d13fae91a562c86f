import { isValidDay, zonedFields, zonedMidnight } from "./time-zone";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** When a time-driven trigger runs, as its builder described it. */
export type Schedule =
  | { kind: "minutes"; every: number }
  | { kind: "hours"; every: number }
  | ClockTime
  | { kind: "once"; at: number };

/** Days, weeks and months run at a wall-clock time; `day` is the weekday (0 = Sunday) or month day. */
export interface ClockTime {
  kind: "days" | "weeks" | "months";
  every: number;
  hour: number;
  minute: number;
  timeZone: string;
  day: number;
}

/** The instant of a local wall-clock time (`day` may overflow the month: Date.UTC normalises it). */
function localInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  tz: string,
): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  return (
    zonedMidnight(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), tz) + hour * HOUR + minute * MINUTE
  );
}

/** The first run after `from` (a one-time trigger's own instant, even if already past). */
export function firstDue(s: Schedule, from: number): number | null {
  if (s.kind === "once") return s.at;
  if (s.kind === "minutes") return from + s.every * MINUTE;
  if (s.kind === "hours") return from + s.every * HOUR;
  const f = zonedFields(from, s.timeZone);
  if (s.kind === "months") {
    for (let i = 0; i < 48; i++) {
      const month = ((f.month - 1 + i) % 12) + 1;
      const year = f.year + Math.floor((f.month - 1 + i) / 12);
      if (!isValidDay(year, month, s.day)) continue;
      const at = localInstant(year, month, s.day, s.hour, s.minute, s.timeZone);
      if (at > from) return at;
    }
    return null;
  }
  // Days: today at hour:minute if still ahead, else tomorrow; weeks: the next such weekday.
  for (let i = 0; i < 8; i++) {
    const at = localInstant(f.year, f.month, f.day + i, s.hour, s.minute, s.timeZone);
    const weekday = (f.weekday + i) % 7;
    if (at > from && (s.kind === "days" || weekday === s.day)) return at;
  }
  return null;
}

/** The run after one at `previous`, or null for a one-time trigger. */
export function nextDue(s: Schedule, previous: number): number | null {
  if (s.kind === "once") return null;
  if (s.kind === "minutes") return previous + s.every * MINUTE;
  if (s.kind === "hours") return previous + s.every * HOUR;
  const f = zonedFields(previous, s.timeZone);
  if (s.kind === "months") return firstDue(s, previous);
  const days = s.kind === "days" ? s.every : 7 * s.every;
  return localInstant(f.year, f.month, f.day + days, s.hour, s.minute, s.timeZone);
}

/** Fields of the event object a time-driven trigger passes, in UTC as Google documents them. */
export function clockEventFields(at: number): Record<string, number | string> {
  const d = new Date(at);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  // ISO week: the week holding the Thursday of this date.
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - weekday));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return {
    "day-of-month": d.getUTCDate(),
    "day-of-week": weekday,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: "UTC",
    "week-of-year": week,
    year: d.getUTCFullYear(),
  };
}
