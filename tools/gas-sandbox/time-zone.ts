/** Calendar fields of an instant as seen in a time zone (host Intl: the sandbox is host code). */
export interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function zonedFields(ms: number, timeZone: string): ZonedFields {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ""),
  };
}

// Intl's formatToParts costs microseconds, and a workbook read from a file converts the same few
// dates (a deadline, a registration day) hundreds of thousands of times: offsets are memoized
// per zone and exact instant, the memo emptied when it grows large.
const offsets = new Map<string, Map<number, number>>();
const MAX_MEMO = 100_000;

/** Offset of the zone from UTC at that instant, in ms (Asia/Ho_Chi_Minh: +7 h). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  let memo = offsets.get(timeZone);
  if (!memo) {
    memo = new Map();
    offsets.set(timeZone, memo);
  }
  const known = memo.get(ms);
  if (known !== undefined) return known;
  const f = zonedFields(ms, timeZone);
  const offset = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond) - ms;
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(ms, offset);
  return offset;
}

/** The instant of local midnight of a calendar day in a zone. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - zoneOffsetMs(guess, timeZone);
  return guess - zoneOffsetMs(first, timeZone);
}

/** Whether y-m-d is a real calendar day (31/02 is not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant showing, in zone `to`, the wall clock `ms` shows in zone `from`. */
export function sameWallClock(ms: number, from: string, to: string): number {
  const f = zonedFields(ms, from);
  const clock = ((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + f.millisecond;
  return zonedMidnight(f.year, f.month, f.day, to) + clock;
}
