import { formatCivil } from "../../src/core/dates/civil";
import { parseDateCell } from "../../src/core/dates/parse";
import type { Sandbox } from "../gas-sandbox";
import { zonedFields, zonedMidnight } from "../gas-sandbox/time-zone";

/** A `PREVIEW_TODAY` that is not a day: shown as is, the preview does not start. */
export class PreviewTodayError extends Error {
  override readonly name = "PreviewTodayError";
}

/**
 * The day the preview's clock shows, dd/mm/yyyy: `PREVIEW_TODAY` when set (any date
 * `Ngày tham chiếu` accepts: `20/02/2020`, `1/3/2020`), else `fallback` (the demo's own day),
 * else null (the real date). Only the preview's sandbox moves: the add-on stamps whatever day
 * its clock says, as it stamps the real date in Sheets.
 */
export function previewToday(value: string | undefined, fallback?: string): string | null {
  if (value === undefined || value.trim() === "") return fallback ?? null;
  const parsed = parseDateCell(value);
  if (!parsed.ok) {
    throw new PreviewTodayError(
      `PREVIEW_TODAY='${value}' không phải một ngày: hãy ghi dạng dd/mm/yyyy, ví dụ PREVIEW_TODAY=20/02/2020.`,
    );
  }
  return formatCivil(parsed.date);
}

/**
 * Starts the sandbox's clock on `ddmmyyyy` at the real time of day (in the script's zone), then
 * lets it run: every edit and log line gets its own time, on the chosen day (it turns to the
 * next day at midnight, as a real day would).
 */
export function startClockOn(sandbox: Sandbox, ddmmyyyy: string, realNow = Date.now()): void {
  const parsed = parseDateCell(ddmmyyyy);
  if (!parsed.ok) throw new PreviewTodayError(`Ngày không hợp lệ: ${ddmmyyyy}`);
  const zone = sandbox.services.env.scriptTimeZone;
  const now = zonedFields(realNow, zone);
  const timeOfDay = realNow - zonedMidnight(now.year, now.month, now.day, zone);
  const { year, month, day } = parsed.date;
  sandbox.services.clock.runFrom(zonedMidnight(year, month, day, zone) + timeOfDay);
}
