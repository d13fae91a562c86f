import { OUTCOME, RESULT } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { SEVERITY } from "../findings/finding";
import { info } from "../findings/make";
import type { RatingAbbr } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import { quote } from "../text/quote";
import { collective } from "./collective";
import { buildContext, type RowState, type YearEndInput } from "./context";
import { multiYear } from "./multi-year";
import type { Outcome } from "./outcome";
import { checkQuotas } from "./quota";
import { cannotCount, initiativeDecision, leaderOnly, prerequisite, type RowRule } from "./row-rules";
import { at, who } from "./subject";

export type { YearEndInput } from "./context";

/** The year-end verdict on one registration. */
interface Verdict {
  readonly registration: Registration;
  readonly outcome: Outcome;
  readonly rating: RatingAbbr | null;
  /** The KT findings on this row, errors first, then by code. */
  readonly findings: readonly Finding[];
  /** `Đạt` and no KT error: the row goes on the proposal list. */
  readonly proposed: boolean;
}

/** One evaluation of the year's results: the KT findings and the verdicts the proposal list is built from. */
export interface YearEndEvaluation {
  /** The year evaluated: `Năm thi đua`, else the year of "today". */
  readonly year: number;
  /** One per registration, in the input's order. */
  readonly verdicts: readonly Verdict[];
  /** Every KT finding, in row order. */
  readonly findings: readonly Finding[];
}

/**
 * The rules on a `Đạt` row, in code order. KT06 (a cap over the unit's rows) runs after
 * them, KT08 and KT09 read the cells (`readResult`) whatever the outcome.
 */
const PASSED_RULES: readonly RowRule[] = [
  cannotCount, // KT01
  initiativeDecision, // KT02
  prerequisite, // KT03
  multiYear, // KT04
  collective, // KT05
  leaderOnly, // KT07
];

const RANK = { [SEVERITY.error]: 0, [SEVERITY.warning]: 1, [SEVERITY.info]: 2 };
const byCode = (a: Finding, b: Finding) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const order = (a: Finding, b: Finding) => RANK[a.severity] - RANK[b.severity] || byCode(a, b);

const pending = (s: RowState): Finding =>
  info(
    "KT08",
    at(s.reg, RESULT.outcome),
    `${who(s.reg)} — ${quote(s.reg.title?.name ?? s.reg.titleText)}: chưa có '${RESULT.outcome}' (đang chờ bình xét). Ghi '${OUTCOME.passed}' hoặc '${OUTCOME.failed}' khi đã bình xét.`,
  );

/**
 * KT01–KT09 of RULES.md over this year's registrations, once: the findings go on each
 * registration's row (`Kết quả bình xét` or the cell concerned, `unit` as in `Đơn vị`),
 * and the verdicts say which rows are proposed. Build the proposal list from this result
 * (`proposalList`), never by checking again.
 */
export function checkYearEnd(input: YearEndInput): YearEndEvaluation {
  const ctx = buildContext(input);
  const found = new Map<RowState, Finding[]>();
  for (const s of ctx.rows) {
    const list = [...s.reading.findings];
    if (s.reading.outcome === "pending") list.push(pending(s));
    if (s.reading.outcome === "passed") for (const rule of PASSED_RULES) list.push(...rule.check(s, ctx));
    found.set(s, list);
  }
  for (const [s, f] of checkQuotas(ctx, (row) => found.get(row) ?? [])) found.get(s)?.push(f);
  const verdicts = ctx.rows.map((s): Verdict => {
    const findings = (found.get(s) ?? []).sort(order);
    return {
      registration: s.reg,
      outcome: s.reading.outcome,
      rating: s.reading.rating,
      findings,
      proposed: s.reading.outcome === "passed" && !findings.some((f) => f.severity === SEVERITY.error),
    };
  });
  return { year: ctx.year, verdicts, findings: verdicts.flatMap((v) => v.findings) };
}
