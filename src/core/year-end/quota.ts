import { RESULT } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { SEVERITY } from "../findings/finding";
import { error } from "../findings/make";
import { groupBy } from "../group-by";
import type { Title } from "../plan/types";
import { quote } from "../text/quote";
import type { RowState, YearEndContext } from "./context";
import { roundingWords, roundShare } from "./share";
import { at, unitKeyOf, unitNameOf, who } from "./subject";

const distinct = (rows: readonly RowState[]): number => new Set(rows.map((s) => s.subject)).size;

/**
 * KT06: per unit, more `Đạt` for a title than its `Tỷ lệ tối đa` of the unit's `Đạt` rows
 * for the base title allows (cap = round(share × base) per `Làm tròn tỷ lệ`). The cap is
 * filled in sheet order by the rows that no other KT error keeps from being proposed; each
 * row beyond it gets KT06, so the list proposes at most the cap and the council sees whom to
 * reconsider. `findingsOf` gives the KT findings the other rules already made on a row.
 */
export function checkQuotas(
  ctx: YearEndContext,
  findingsOf: (s: RowState) => readonly Finding[],
): Map<RowState, Finding> {
  const out = new Map<RowState, Finding>();
  const passed = ctx.rows.filter((s) => s.reading.outcome === "passed" && s.reg.title);
  for (const rows of groupBy(passed, (s) => unitKeyOf(s.reg)).values()) {
    const byTitle = groupBy(rows, (s) => (s.reg.title as Title).key);
    for (const list of byTitle.values()) {
      const title = (list[0] as RowState).reg.title as Title;
      if (!title.maxShare) continue;
      const base = ctx.index.title(title.maxShare.of);
      if (!base) continue; // BT03 already names the unknown title
      const baseCount = distinct(byTitle.get(base.key) ?? []);
      const rounding = ctx.index.plan.shareRounding;
      const cap = roundShare(baseCount, title.maxShare.fraction, rounding);
      if (list.length <= cap) continue;
      const blocked = (s: RowState) => findingsOf(s).some((f) => f.severity === SEVERITY.error);
      const ordered = [...list.filter((s) => !blocked(s)), ...list.filter(blocked)];
      for (const s of ordered.slice(cap)) {
        out.set(
          s,
          error(
            "KT06",
            at(s.reg, RESULT.outcome),
            `${who(s.reg)}: đơn vị ${quote(unitNameOf(s.reg))} có ${list.length} ${quote(title.name)} đạt, vượt tỷ lệ tối đa ${title.maxShare.label}: ${baseCount} ${base.abbreviation || base.name} đạt → tối đa ${cap} (${roundingWords(rounding)}). Hội đồng cần chọn lại; dòng này vượt tỷ lệ nên chưa được đề nghị.`,
          ),
        );
      }
    }
  }
  return out;
}
