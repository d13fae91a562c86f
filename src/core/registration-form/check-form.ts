import { REG } from "../contract/workbook";
import { nameKey } from "../text/name-key";
import { blankMessage, requirementCode, requirementFor, requirementMessage } from "./requirement";
import { type Submission, submissionSchema } from "./schema";
import type { ClusterOption, TitleOption, UnitOption } from "./types";

/** A problem with one field of the form: `field` is e.g. `individuals.2.initiative`. */
export interface FormIssue {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The title option a typed or pasted name stands for (full name, abbreviation or a spelling variant). */
export function findTitle(options: readonly TitleOption[], text: string): TitleOption | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  return options.find((t) => nameKey(t.name) === key) ?? options.find((t) => nameKey(t.abbreviation) === key);
}

/**
 * What the browser can check before sending: the payload's shape (the shared
 * schema), required fields (DK01), the cluster's subjects (DK05), titles from
 * the list (DK07), initiative/model names (DK09/DK10) and duplicates within
 * the form or against the unit's existing rows (DK13). Messages match the
 * status column's where the codes overlap. The server re-checks everything.
 */
export function checkForm(input: Submission, cluster: ClusterOption | undefined): FormIssue[] {
  const issues: FormIssue[] = [];
  const parsed = submissionSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      issues.push({ field: i.path.join("."), code: "", message: i.message });
    return issues;
  }
  const sub = parsed.data;
  if (!cluster) return [{ field: "cluster", code: "", message: "Chưa chọn cụm." }];
  const unit = cluster.units.find((u) => nameKey(u.name) === nameKey(sub.unit));
  if (!unit) return [{ field: "unit", code: "DK01", message: blankMessage(REG.unit) }];
  const add = (field: string, code: string, message: string) => issues.push({ field, code, message });

  if (sub.collective) {
    const c = sub.collective;
    checkTitle(cluster.collectiveTitles, unit, c.title, c.initiative, "collective", add);
  }
  if (cluster.collectiveOnly && sub.individuals.length > 0) {
    add(
      "individuals",
      "DK05",
      `Cụm ${cluster.id} chỉ đăng ký danh hiệu tập thể: không đăng ký cá nhân ở cụm này.`,
    );
    return issues;
  }
  const seen = new Map<string, number>();
  for (const r of unit.registrations) seen.set(`${nameKey(r.person)}|${nameKey(r.title)}`, -r.row);
  sub.individuals.forEach((p, i) => {
    const at = `individuals.${i}`;
    if (!p.name.trim()) add(`${at}.name`, "DK01", blankMessage(REG.person));
    const title = checkTitle(cluster.individualTitles, unit, p.title, p.initiative, at, add);
    if (!title || !p.name.trim()) return;
    const key = `${nameKey(p.name)}|${nameKey(title.name)}`;
    const before = seen.get(key);
    if (before !== undefined) {
      const where =
        before < 0 ? `ở dòng ${-before} của trang 'Cụm ${cluster.id}'` : `ở dòng ${before + 1} của biểu mẫu`;
      add(
        `${at}.title`,
        "DK13",
        `Cá nhân '${p.name.trim()}' đã đăng ký '${title.name}' ${where}: mỗi đối tượng chỉ đăng ký một danh hiệu một lần.`,
      );
    } else seen.set(key, i);
  });
  return issues;
}

function checkTitle(
  options: readonly TitleOption[],
  unit: UnitOption,
  text: string,
  initiative: string,
  at: string,
  add: (field: string, code: string, message: string) => void,
): TitleOption | undefined {
  if (!text.trim()) {
    add(`${at}.title`, "DK01", blankMessage(REG.title));
    return undefined;
  }
  const title = findTitle(options, text);
  if (!title) {
    add(
      `${at}.title`,
      "DK07",
      `Danh hiệu '${text.trim()}' không có trong danh sách được đăng ký ở cụm này. Hãy chọn trong danh sách.`,
    );
    return undefined;
  }
  const requirement = requirementFor(title, unit.typeKey);
  if (requirement && !initiative.trim()) {
    add(`${at}.initiative`, requirementCode(requirement), requirementMessage(title.name, requirement));
  }
  return title;
}
