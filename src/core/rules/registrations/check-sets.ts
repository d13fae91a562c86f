import { REG } from "../../contract/workbook";
import type { Finding } from "../../findings/finding";
import { error, warning } from "../../findings/make";
import { groupBy } from "../../group-by";
import type { PlanIndex, Title } from "../../plan/types";
import { nameKey } from "../../text/name-key";
import type { Registration } from "./registration";

/** A subject: a unit's collective, or one named individual of a unit. */
const subjectKey = (r: Registration): string =>
  `${r.unit?.key ?? nameKey(r.unitName)}|${r.subject}|${r.personKey}`;
const at = (r: Registration, column: string) => ({
  sheet: r.sheet,
  row: r.row,
  column,
  unit: r.unit?.name ?? r.unitName,
});

/** DK13 (the same subject registers a title twice), DK14 (prerequisite title missing), DK15 (quota exceeded). */
export function checkSets(regs: readonly Registration[], index: PlanIndex): Finding[] {
  const out: Finding[] = [];
  // A row whose title is for the other subject (DK08) is no registration of that title.
  const usable = regs.filter((r) => r.unitName && r.subject && r.title && r.title.subject === r.subject);
  const bySubject = new Map<string, Registration[]>();
  for (const r of usable) {
    const list = bySubject.get(subjectKey(r)) ?? [];
    list.push(r);
    bySubject.set(subjectKey(r), list);
  }

  for (const list of bySubject.values()) {
    const firstOf = new Map<Title, Registration>();
    for (const r of list) {
      const title = r.title as Title;
      const first = firstOf.get(title);
      if (first) {
        out.push(
          error(
            "DK13",
            at(r, REG.title),
            `${who(r)} đã đăng ký '${title.name}' ở trang '${first.sheet}' dòng ${first.row}: mỗi đối tượng chỉ đăng ký một danh hiệu một lần. Hãy xóa dòng trùng.`,
          ),
        );
      } else firstOf.set(title, r);
    }
    for (const r of list) {
      const title = r.title as Title;
      const needed = title.prerequisite ? index.title(title.prerequisite) : undefined;
      if (needed && !firstOf.has(needed)) {
        out.push(
          warning(
            "DK14",
            at(r, REG.title),
            `${who(r)} đăng ký '${title.name}' nhưng chưa đăng ký '${needed.name}' (điều kiện kèm theo). Hãy thêm một dòng đăng ký '${needed.name}' cho cùng đối tượng.`,
          ),
        );
      }
    }
  }

  // DK15: per unit, registrations for a title against its quota's base title.
  const byUnit = groupBy(usable, (r) => r.unit?.key ?? nameKey(r.unitName));
  for (const list of byUnit.values()) {
    const counts = groupBy(list, (r) => r.title as Title);
    for (const [title, rows] of counts) {
      if (!title.maxShare) continue;
      const base = index.title(title.maxShare.of);
      const baseCount = base ? (counts.get(base)?.length ?? 0) : 0;
      const allowed = Math.floor(baseCount * title.maxShare.fraction + 1e-9);
      // Flag the rows beyond the quota, in sheet order: those are the ones to review.
      for (const r of rows.slice(allowed)) {
        out.push(
          warning(
            "DK15",
            at(r, REG.title),
            `Đơn vị '${r.unit?.name ?? r.unitName}' đăng ký ${rows.length} '${title.name}', vượt tỷ lệ tối đa ${title.maxShare.label} (${baseCount} ${base?.abbreviation || base?.name || title.maxShare.of} → tối đa ${allowed}). Hãy xem lại danh sách.`,
          ),
        );
      }
    }
  }
  return out;
}

const who = (r: Registration): string =>
  r.person
    ? `Cá nhân '${r.person}' (${r.unit?.name ?? r.unitName})`
    : `Tập thể '${r.unit?.name ?? r.unitName}'`;
