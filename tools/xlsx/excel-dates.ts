import { zoneOffsetMs } from "../gas-sandbox/time-zone";

// ExcelJS reads and writes dates as "wall clock in UTC": a cell showing 28/02/2020 00:00 is
// Date.UTC(2020, 1, 28). The spreadsheet means that wall clock in its own zone
// (Asia/Ho_Chi_Minh), so dates are shifted by the zone's offset on the way in and out.

/** An ExcelJS Date (wall clock as UTC) → the instant it means in `timeZone`. */
export function fromExcelDate(wall: Date, timeZone: string): Date {
  const ms = wall.getTime();
  const first = ms - zoneOffsetMs(ms, timeZone);
  return new Date(ms - zoneOffsetMs(first, timeZone));
}

/** An instant → the ExcelJS Date whose UTC fields are its wall clock in `timeZone`. */
export function toExcelDate(instant: Date, timeZone: string): Date {
  const ms = instant.getTime();
  return new Date(ms + zoneOffsetMs(ms, timeZone));
}
