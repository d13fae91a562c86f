import type { CivilDate } from "./dates/civil-date";

/**
 * A value the core asks the adapter to write: a CivilDate becomes a date cell
 * (local midnight), a Date a date-time cell, text is always stored as text.
 */
export type WriteValue = string | number | boolean | CivilDate | Date;

export function isCivilDate(v: unknown): v is CivilDate {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as CivilDate).year === "number" &&
    typeof (v as CivilDate).month === "number" &&
    typeof (v as CivilDate).day === "number"
  );
}
