import { RESULT, SUBJECT, UNIT } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error, warning } from "../findings/make";
import type { CollectiveCondition, Title } from "../plan/types";
import { quote } from "../text/quote";
import type { YearEndContext } from "./context";
import type { RowRule } from "./row-rules";
import { percent, percentOf, roundingWords, roundShare } from "./share";
import { at, unitKeyOf, who } from "./subject";

/** The unit's individuals (distinct people) whose row for `title` is `Đạt` this year. */
function reachedBy(ctx: YearEndContext, unitKey: string, title: Title): number {
  const people = new Set<string>();
  for (const s of ctx.rows) {
    const r = s.reg;
    if (
      s.reading.outcome === "passed" &&
      r.subject === SUBJECT.individual &&
      r.title?.key === title.key &&
      unitKeyOf(r) === unitKey
    ) {
      people.add(r.personKey);
    }
  }
  return people.size;
}

const short = (t: Title): string => t.abbreviation || t.name;

/**
 * KT05: `Điều kiện tập thể` not met by the unit's individuals this year. A share is of
 * `Số cán bộ`, needed = round(share × headcount) per `Làm tròn tỷ lệ` (see `roundShare`);
 * without a headcount the share cannot be judged: a warning, not an error.
 */
export const collective: RowRule = {
  code: "KT05",
  check({ reg: r }, ctx) {
    const t = r.title;
    if (!t || t.collective.length === 0 || !r.unit) return [];
    const unit = r.unit;
    const failed: string[] = [];
    const out: Finding[] = [];
    for (const c of t.collective) {
      const title = ctx.index.title(c.title);
      if (!title) continue; // BT03 already names the unknown title
      const count = reachedBy(ctx, unit.key, title);
      const problem = judge(c, count, title, unit.headcount, ctx);
      if (problem === "no-headcount") {
        out.push(
          warning(
            "KT05",
            at(r, RESULT.outcome),
            `${who(r)} đạt ${quote(t.name)}: chưa xét được điều kiện ${quote(c.label)} vì đơn vị chưa có '${UNIT.headcount}' trong trang Đơn vị (hiện có ${count} ${short(title)}). Hãy ghi số cán bộ của đơn vị.`,
          ),
        );
      } else if (problem) failed.push(problem);
    }
    if (failed.length > 0) {
      out.unshift(
        error(
          "KT05",
          at(r, RESULT.outcome),
          `${who(r)} chưa đủ điều kiện ${quote(t.name)}: ${failed.join("; ")}.`,
        ),
      );
    }
    return out;
  },
};

/** What is missing for one condition, or null when it is met. */
function judge(
  c: CollectiveCondition,
  count: number,
  title: Title,
  headcount: number | null,
  ctx: YearEndContext,
): string | "no-headcount" | null {
  if (c.kind === "count") {
    return count >= c.count
      ? null
      : `${count} ${short(title)} < ${c.count} (cần ít nhất ${c.count} cá nhân đạt ${quote(title.name)})`;
  }
  if (headcount === null) return "no-headcount";
  const rounding = ctx.index.plan.shareRounding;
  const needed = roundShare(headcount, c.fraction, rounding);
  if (count >= needed) return null;
  return `${count}/${headcount} ${short(title)} = ${percent(count, headcount)} < ${percentOf(c.fraction)} (cần ít nhất ${needed} người, ${roundingWords(rounding)})`;
}
