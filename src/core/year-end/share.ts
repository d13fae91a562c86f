import { ROUNDING } from "../contract/workbook";
import type { Rounding } from "../plan/types";

// Shares such as 15% × 20 are computed in floating point (2.9999999999999996): a
// tolerance far below one person keeps an exact product on its whole number.
const EPSILON = 1e-9;

/**
 * A share of a count as a whole number of people, rounded per `Làm tròn tỷ lệ`:
 * `Xuống` floors (15% × 10 = 1.5 → 1), `Gần nhất` rounds half up (1.5 → 2).
 *
 * The same number serves a cap (`Tỷ lệ tối đa`: at most this many) and a minimum
 * (`Điều kiện tập thể`: at least this many, i.e. needed = round(70% × headcount)),
 * so with `Xuống` a minimum is also rounded down: 70% of 9 = 6.3 → 6 people suffice.
 */
export function roundShare(count: number, fraction: number, rounding: Rounding): number {
  const exact = count * fraction;
  return rounding === ROUNDING.nearest ? Math.floor(exact + 0.5 + EPSILON) : Math.floor(exact + EPSILON);
}

/** A percentage as Vietnamese writes it: "50%", "66,7%". */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "0%";
  const p = Math.round((part / whole) * 1000) / 10;
  return `${String(p).replace(".", ",")}%`;
}

/** A fraction of the plan (0.7) as a percentage ("70%", "12,5%"). */
export const percentOf = (fraction: number): string => percent(fraction * 1000, 1000);

/** How the setting rounds, for messages: "làm tròn xuống" / "làm tròn đến số gần nhất". */
export const roundingWords = (rounding: Rounding): string =>
  rounding === ROUNDING.nearest ? "làm tròn đến số gần nhất" : "làm tròn xuống";
