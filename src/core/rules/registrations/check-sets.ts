import { REG } from "../../contract/workbook";
import type { Finding } from "../../findings/finding";
import { error, warning } from "../../findings/make";
import { groupBy } from "../../group-by";
import type { PlanIndex, Title } from "../../plan/types";
import { nameKey } from "../../text/name-key";
import { quote } from "../../text/quote";
import type { Registration } from "./registration";
import { subjectLabel } from "./row-rule";

/** A subject: a unit's collective, or one named individual of a unit. */
const subjectKey = (r: Registration): string =>
  `${r.unit?.key ?? nameKey(r.unitName)}|${r.subject}|${r.personKey}`;
const at = (r: Registration, column: string) => ({
  sheet: r.sheet,
  row: r.row,
  column,
  unit: r.unit?.name ?? r.unitName,
});

/**
 * DK13 (the same subject registers a title twice), DK14 (prerequisite title missing), DK15
 * (quota exceeded), over rows whose own findings are already known: `hasError(r)` tells a row
 * with an error of its own, so that DK13 goes on the row to remove (RULES.md, "Where a finding goes").
 */
export function checkSets(
  regs: readonly Registration[],
  index: PlanIndex,
  hasError: (r: Registration) => boolean = () => false,
): Finding[] {
  // A row whose title is for the other subject (DK08) is no registration of that title.
  const usable = regs.filter((r) => r.unitName && r.subject && r.title && r.title.subject === r.subject);
  const out: Finding[] = [];
  for (const list of groupBy(usable, subjectKey).values()) {
    out.push(...duplicates(list, hasError), ...prerequisites(list, index));
  }
  out.push(...quotas(usable, index));
  return out;
}

/** DK13: of the rows for one subject and title, the one to keep is the first without an error of its own. */
function duplicates(list: readonly Registration[], hasError: (r: Registration) => boolean): Finding[] {
  const out: Finding[] = [];
  for (const rows of groupBy(list, (r) => r.title as Title).values()) {
    if (rows.length < 2) continue;
    const keep = rows.find((r) => !hasError(r)) ?? (rows[0] as Registration);
    for (const r of rows) {
      if (r === keep) continue;
      const title = r.title as Title;
      out.push(
        error(
          "DK13",
          at(r, REG.title),
          `${subjectLabel(r)} đã đăng ký ${quote(title.name)} ở trang '${keep.sheet}' dòng ${keep.row}: mỗi đối tượng chỉ đăng ký một danh hiệu một lần. Hãy xóa dòng trùng này (dòng ${r.row}).`,
        ),
      );
    }
  }
  return out;
}

/** DK14: a title whose `Điều kiện kèm theo` is not registered for the same subject. */
function prerequisites(list: readonly Registration[], index: PlanIndex): Finding[] {
  const titles = new Set(list.map((r) => r.title));
  return list.flatMap((r) => {
    const title = r.title as Title;
    const needed = title.prerequisite ? index.title(title.prerequisite) : undefined;
    if (!needed || titles.has(needed)) return [];
    return [
      warning(
        "DK14",
        at(r, REG.title),
        `${subjectLabel(r)} đăng ký ${quote(title.name)} nhưng chưa đăng ký ${quote(needed.name)} (điều kiện kèm theo). Hãy thêm một dòng đăng ký ${quote(needed.name)} cho cùng đối tượng.`,
      ),
    ];
  });
}

/** DK15: per unit, registrations for a title against its quota's base title; the rows beyond it, in sheet order. */
function quotas(usable: readonly Registration[], index: PlanIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of groupBy(usable, (r) => r.unit?.key ?? nameKey(r.unitName)).values()) {
    const counts = groupBy(list, (r) => r.title as Title);
    for (const [title, rows] of counts) {
      if (!title.maxShare) continue;
      const base = index.title(title.maxShare.of);
      const baseCount = base ? (counts.get(base)?.length ?? 0) : 0;
      const allowed = Math.floor(baseCount * title.maxShare.fraction + 1e-9);
      for (const r of rows.slice(allowed)) {
        out.push(
          warning(
            "DK15",
            at(r, REG.title),
            `Đơn vị ${quote(r.unit?.name ?? r.unitName)} đăng ký ${rows.length} ${quote(title.name)}, vượt tỷ lệ tối đa ${title.maxShare.label} (${baseCount} ${base?.abbreviation || base?.name || title.maxShare.of} → tối đa ${allowed}). Hãy xem lại danh sách.`,
          ),
        );
      }
    }
  }
  return out;
}
