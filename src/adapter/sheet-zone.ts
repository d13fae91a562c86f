import type { Cell } from "../core/cell";
import { isDate } from "../core/cell";
import { isPlanTimeZone, PLAN_TIME_ZONE, VN_OFFSET_MS } from "../core/dates";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The spreadsheet's time zone and how far its date cells sit from what the core reads. Sheets
 * keeps a date as a day of the spreadsheet's zone and Apps Script hands it over as that day's
 * midnight there; the core reads instants in Asia/Ho_Chi_Minh. In another zone, date cells are
 * moved by the zone's offset before the core sees them, and the core's dates moved back when
 * written, so dates read and land as the cells show them.
 */
export interface SheetZone {
  readonly name: string;
  /** Added to a date cell's instant: the zone's larger offset of the year, less +07:00. */
  readonly read: number;
  /** Taken from a civil date's +07:00 midnight when written: the smaller offset, less +07:00. */
  readonly write: number;
}

/** The plan's zone: nothing moves. */
export const PLAN_ZONE: SheetZone = { name: PLAN_TIME_ZONE, read: 0, write: 0 };

/**
 * The spreadsheet's zone: one call, two more when it is not the plan's (its offsets in January
 * and July; taking the larger to read and the smaller to write keeps a midnight on its day on
 * either side of a daylight-saving change).
 */
export function sheetZone(ss: Spreadsheet): SheetZone {
  return zoneNamed(ss.getSpreadsheetTimeZone() || PLAN_TIME_ZONE);
}

/** A zone by its name (e.g. one remembered with the cached setup tabs): no spreadsheet call. */
export function zoneNamed(name: string): SheetZone {
  if (isPlanTimeZone(name)) return { ...PLAN_ZONE, name };
  try {
    const year = new Date().getFullYear();
    const offsets = [0, 6].map((month) =>
      offsetMs(Utilities.formatDate(new Date(Date.UTC(year, month, 1)), name, "Z")),
    );
    return { name, read: Math.max(...offsets) - VN_OFFSET_MS, write: Math.min(...offsets) - VN_OFFSET_MS };
  } catch {
    return { ...PLAN_ZONE, name };
  }
}

/** `+0900` → 9 h in ms; anything unreadable counts as +07:00 (no move). */
function offsetMs(text: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!m) return VN_OFFSET_MS;
  const ms = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === "-" ? -ms : ms;
}

/** A block of values as the core reads them: date cells moved by the zone's `read` shift. */
export function zonedValues(values: Cell[][], zone: SheetZone): Cell[][] {
  if (zone.read === 0) return values;
  return values.map((row) => row.map((c) => (isDate(c) ? new Date(c.getTime() + zone.read) : c)));
}
