import { OUTCOME, RESULT } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { warning } from "../findings/make";
import { RATING_CHOICES, ratingOf } from "../plan/ratings";
import type { RatingAbbr } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import { nameKey } from "../text/name-key";
import { quote } from "../text/quote";
import { at, who } from "./subject";

/** `Kết quả bình xét` read: `Đạt`, `Không đạt`, blank (not decided yet) or a value outside the list. */
export type Outcome = "passed" | "failed" | "pending" | "invalid";

/** A registration's year-end cells, interpreted. */
export interface ResultReading {
  readonly outcome: Outcome;
  /** The `Xếp loại` abbreviation; null when blank or outside the list. */
  readonly rating: RatingAbbr | null;
  /** KT09 for an outcome or a rating outside its list. */
  readonly findings: readonly Finding[];
}

const PASSED = nameKey(OUTCOME.passed);
const FAILED = nameKey(OUTCOME.failed);

/** The outcome of a `Kết quả bình xét` text, compared as names are (case, spaces, tone placement). */
function outcomeOf(text: string): Outcome {
  if (!text) return "pending";
  const key = nameKey(text);
  return key === PASSED ? "passed" : key === FAILED ? "failed" : "invalid";
}

/** Interprets `Kết quả bình xét` and `Xếp loại` of a registration; a value outside its list is KT09. */
export function readResult(r: Registration): ResultReading {
  const findings: Finding[] = [];
  const outcome = outcomeOf(r.result.outcome);
  if (outcome === "invalid") {
    findings.push(
      warning(
        "KT09",
        at(r, RESULT.outcome),
        `${who(r)}: '${RESULT.outcome}' là ${quote(r.result.outcome)}, không thuộc danh sách. Chỉ ghi '${OUTCOME.passed}', '${OUTCOME.failed}', hoặc để trống khi chưa bình xét.`,
      ),
    );
  }
  const rating = r.result.rating ? (ratingOf(r.result.rating) ?? null) : null;
  if (r.result.rating && rating === null) {
    findings.push(
      warning(
        "KT09",
        at(r, RESULT.rating),
        `${who(r)}: '${RESULT.rating}' là ${quote(r.result.rating)}, không thuộc danh sách. Chỉ ghi một trong: ${RATING_CHOICES}, hoặc để trống.`,
      ),
    );
  }
  return { outcome, rating, findings };
}
