/** A cell value as `Range.getValues()` returns it: `''` for an empty cell. */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * True for a Date from any realm: Apps Script hands the script Dates of its
 * own realm, and the local sandbox another, so `instanceof` is not enough.
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** True for an empty cell: `''`, null, undefined or white space only. */
export function isBlank(v: Cell): boolean {
  return v === "" || v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The cell as text for display and matching (dates are not formatted here). */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (isDate(v)) return v.toISOString();
  return String(v);
}
