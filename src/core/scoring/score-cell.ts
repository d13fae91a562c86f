import { type Cell, cellText, isBlank, isDate } from "../cell";
import { quote } from "../text/quote";

/** A score cell read for scoring: blank, a usable number, or a value DI01 rejects. */
export type ScoreCell =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly points: number; readonly problem: string }
  | { readonly kind: "invalid"; readonly problem: string };

/** Rounds to 2 decimals: half-points are common, binary fractions must not split ties. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A number in Vietnamese writing: decimal comma, no trailing zeros. */
export const formatPoints = (x: number): string => String(round2(x)).replace(".", ",");

/**
 * Reads a score against the criterion's maximum. A number outside 0..max still
 * counts, clamped to the range (a bonus or penalty never exceeds its cap), and
 * `problem` says why it is DI01. Text, dates and booleans count as not given.
 */
export function readScoreCell(cell: Cell, max: number): ScoreCell {
  if (isBlank(cell)) return { kind: "blank" };
  if (typeof cell !== "number" || !Number.isFinite(cell)) {
    const text = isDate(cell) ? "một ngày tháng" : `${quote(cellText(cell).trim())}`;
    const hint =
      typeof cell === "string" && /^-?\d+\.\d+$/.test(cell.trim())
        ? ` (bảng tính dùng dấu phẩy thập phân: hãy gõ ${cell.trim().replace(".", ",")})`
        : "";
    return { kind: "invalid", problem: `không phải là số: ô đang chứa ${text}${hint}` };
  }
  if (cell < 0)
    return {
      kind: "number",
      value: cell,
      points: 0,
      problem: `là số âm (${formatPoints(cell)}): được tính 0`,
    };
  if (cell > max) {
    return {
      kind: "number",
      value: cell,
      points: max,
      problem: `vượt điểm tối đa ${formatPoints(max)} (đang ghi ${formatPoints(cell)}): chỉ được tính ${formatPoints(max)}`,
    };
  }
  return { kind: "number", value: cell, points: cell, problem: "" };
}
