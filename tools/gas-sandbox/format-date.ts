import { zonedFields, zoneOffsetMs } from "./time-zone";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function offset(ms: number, timeZone: string, colon: boolean): string {
  const minutes = Math.round(zoneOffsetMs(ms, timeZone) / 60000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ":" : ""}${pad(abs % 60, 2)}`;
}

/**
 * `Utilities.formatDate`: a Java SimpleDateFormat subset — y, M, d, H, h, m, s, S, a, E, Z, X
 * and 'quoted' literals — evaluated in `timeZone`.
 */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const f = zonedFields(ms, timeZone);
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i] ?? "";
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out += literal === "" ? "'" : literal;
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += field(ch, n, f, ms, timeZone);
  }
  return out;
}

function field(ch: string, n: number, f: ReturnType<typeof zonedFields>, ms: number, tz: string): string {
  switch (ch) {
    case "y":
      return n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
    case "M":
      if (n >= 4) return MONTHS[f.month - 1] ?? "";
      if (n === 3) return (MONTHS[f.month - 1] ?? "").slice(0, 3);
      return pad(f.month, n);
    case "d":
      return pad(f.day, n);
    case "H":
      return pad(f.hour, n);
    case "h":
      return pad(f.hour % 12 || 12, n);
    case "m":
      return pad(f.minute, n);
    case "s":
      return pad(f.second, n);
    case "S":
      return pad(f.millisecond, n);
    case "a":
      return f.hour < 12 ? "AM" : "PM";
    case "E":
      return n >= 4 ? (DAYS[f.weekday] ?? "") : (DAYS[f.weekday] ?? "").slice(0, 3);
    case "Z":
      return offset(ms, tz, false);
    case "X":
      return zoneOffsetMs(ms, tz) === 0 ? "Z" : offset(ms, tz, n >= 3);
    default:
      return ch.repeat(n);
  }
}
