import { SUBJECT, TAB, TITLE } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { quote } from "../text/quote";
import type { PlanIndex, Title } from "./types";

/** A title cell naming another title, and the subject that other title must be for (null = any). */
interface Reference {
  readonly column: string;
  readonly ref: string;
  readonly subject: Title["subject"] | null;
}

function referencesOf(t: Title): Reference[] {
  const refs: Reference[] = [{ column: TITLE.prerequisite, ref: t.prerequisite, subject: null }];
  if (t.maxShare) refs.push({ column: TITLE.maxShare, ref: t.maxShare.of, subject: null });
  // X of `N năm liên tục: X` is reached by the same subject, so it is a title for that subject.
  if (t.multiYear?.of.kind === "title") {
    refs.push({ column: TITLE.multiYear, ref: t.multiYear.of.title, subject: t.subject });
  }
  // `Điều kiện tập thể` counts the unit's individuals: its titles are individual titles.
  for (const c of t.collective) {
    refs.push({ column: TITLE.collectiveCondition, ref: c.title, subject: SUBJECT.individual });
  }
  return refs;
}

/**
 * BT03 for each title cell that names a title missing from `Danh hiệu`
 * (`Điều kiện kèm theo`, `Tỷ lệ tối đa`, `Điều kiện nhiều năm`, `Điều kiện tập thể`),
 * or one for the wrong subject where the condition needs a given one.
 */
export function checkReferences(index: PlanIndex): Finding[] {
  const out: Finding[] = [];
  for (const t of index.plan.titles) {
    for (const { column, ref, subject } of referencesOf(t)) {
      if (!ref) continue;
      const at = { sheet: TAB.titles, row: t.row, column };
      const found = index.title(ref);
      if (!found) {
        const hint = index.suggestTitle(ref);
        out.push(
          error(
            "BT03",
            at,
            `Danh hiệu ${quote(t.name)}: '${column}' nhắc tới ${quote(ref)}, không có trong trang Danh hiệu${hint ? ` — có phải ${quote(hint)}?` : "."}`,
          ),
        );
      } else if (subject && found.subject !== subject) {
        out.push(
          error(
            "BT03",
            at,
            `Danh hiệu ${quote(t.name)}: '${column}' nhắc tới ${quote(found.name)}, là danh hiệu ${found.subject.toLowerCase()}; điều kiện này cần một danh hiệu ${subject.toLowerCase()}.`,
          ),
        );
      }
    }
  }
  return out;
}
