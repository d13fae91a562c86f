import { OUTCOME, REQUIREMENT, RESULT, SETTING, YES_NO } from "../contract/workbook";
import type { FindingCode } from "../findings/catalogue";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import type { Title } from "../plan/types";
import { quote } from "../text/quote";
import type { RowState, YearEndContext } from "./context";
import { at, unitKeyOf, unitNameOf, who } from "./subject";

/** A year-end rule on one `Đạt` row. */
export interface RowRule {
  readonly code: FindingCode;
  check(s: RowState, ctx: YearEndContext): Finding[];
}

/** KT01: the row cannot count (its own errors; or, by the plan, late or of a DV01/DV02 unit). */
export const cannotCount: RowRule = {
  code: "KT01",
  check({ reg: r }, ctx) {
    const reasons: string[] = [];
    const errors = ctx.errorsOn(r);
    const own = [...new Set(errors.filter((f) => f.code !== "DK12").map((f) => f.code))];
    if (own.length > 0) reasons.push(`dòng còn lỗi ${own.join(", ")}`);
    // A guard when the caller passed no row findings: a row the plan cannot read never counts.
    else reasons.push(...unreadable(r));
    if (ctx.index.plan.onTimeOnly) {
      const onTime = `'${SETTING.onTimeOnly}' là '${YES_NO.yes}'`;
      if (errors.some((f) => f.code === "DK12")) reasons.push(`đăng ký sau hạn (DK12) trong khi ${onTime}`);
      for (const f of ctx.unitFlags(unitKeyOf(r))) {
        reasons.push(
          `đơn vị ${quote(unitNameOf(r))} bị ${f.code} (${f.code === "DV01" ? "không đăng ký" : "không có đăng ký đúng hạn"}) trong khi ${onTime}`,
        );
      }
    }
    if (reasons.length === 0) return [];
    return [
      error(
        "KT01",
        at(r, RESULT.outcome),
        `${who(r)} được bình xét '${OUTCOME.passed}' danh hiệu ${quote(r.title?.name ?? r.titleText)} nhưng dòng đăng ký không được tính: ${reasons.join("; ")}. Dòng này không được đề nghị khen thưởng.`,
      ),
    ];
  },
};

/** Why a row cannot be read against the plan (what DK02, DK04, DK07, DK08 would say), if it cannot. */
function unreadable(r: RowState["reg"]): string[] {
  if (!r.unit) return [`đơn vị ${quote(r.unitName)} không có trong trang Đơn vị`];
  if (!r.subject) return [`'Đối tượng' là ${quote(r.subjectText)}, không phải 'Tập thể' hay 'Cá nhân'`];
  if (!r.title) return [`danh hiệu ${quote(r.titleText)} không có trong trang Danh hiệu`];
  if (r.title.subject !== r.subject)
    return [`danh hiệu ${quote(r.title.name)} dành cho đối tượng ${r.title.subject.toLowerCase()}`];
  return [];
}

/** True when the title's `Yêu cầu` applies to the row's unit (`Áp dụng yêu cầu cho`). */
const requirementApplies = (t: Title, typeKey: string | undefined): boolean =>
  t.requirementFor.length === 0 || (typeKey !== undefined && t.requirementFor.includes(typeKey));

/** KT02: an initiative title reached without the decision recognising the initiative. */
export const initiativeDecision: RowRule = {
  code: "KT02",
  check({ reg: r }) {
    const t = r.title;
    if (!t || t.requirement !== REQUIREMENT.initiative || !requirementApplies(t, r.unit?.typeKey)) return [];
    if (r.result.initiativeDecision) return [];
    return [
      error(
        "KT02",
        at(r, RESULT.initiativeDecision),
        `${who(r)} đạt ${quote(t.name)} (danh hiệu yêu cầu sáng kiến) nhưng '${RESULT.initiativeDecision}' còn trống${r.initiative ? ` (sáng kiến ${quote(r.initiative)})` : ""}. Hãy ghi số quyết định công nhận sáng kiến.`,
      ),
    ];
  },
};

/** KT03: the title's `Điều kiện kèm theo` is not reached this year by the same subject. */
export const prerequisite: RowRule = {
  code: "KT03",
  check({ reg: r, subject }, ctx) {
    const needed = r.title?.prerequisite ? ctx.index.title(r.title.prerequisite) : undefined;
    if (!r.title || !needed || ctx.reached(subject, ctx.year, { kind: "title", title: needed })) return [];
    return [
      error(
        "KT03",
        at(r, RESULT.outcome),
        `${who(r)} đạt ${quote(r.title.name)} nhưng chưa đạt ${quote(needed.name)} năm ${ctx.year} (điều kiện kèm theo). Hãy xem lại kết quả ${quote(needed.name)} của cùng đối tượng.`,
      ),
    ];
  },
};

/** KT07: a title for cluster leaders reached by a unit the scoring does not propose as leader. */
export const leaderOnly: RowRule = {
  code: "KT07",
  check({ reg: r }, ctx) {
    if (!r.title?.leaderOnly || ctx.leaders.has(unitKeyOf(r))) return [];
    return [
      error(
        "KT07",
        at(r, RESULT.outcome),
        `${who(r)} đạt ${quote(r.title.name)}, danh hiệu chỉ dành cho đơn vị dẫn đầu cụm, nhưng kết quả chấm điểm không đề nghị đơn vị dẫn đầu Cụm ${r.cluster.id}.`,
      ),
    ];
  },
};
