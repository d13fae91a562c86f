import { nameKey } from "../text/name-key";
import { quote } from "../text/quote";
import { resolveTitle } from "../text/title-key";
import { entryLabel } from "../use-cases/registration/labels";
import { requirementCode, requirementFor, requirementLabel } from "./requirement";
import { type Submission, submissionSchema } from "./schema";
import type { ClusterOption, ExistingRow, TitleOption, UnitOption } from "./types";

/** A problem with one field of the form: `field` is e.g. `individuals.2.initiative`; `message` names the entry. */
export interface FormIssue {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The title option a typed or pasted name stands for (full name, abbreviation, a variant, abbreviated words). */
export const findTitle = (options: readonly TitleOption[], text: string): TitleOption | undefined =>
  resolveTitle(options, text);

const where = (r: ExistingRow): string => (r.no ? `STT ${r.no}` : `dòng ${r.row}`);

/**
 * What the browser can check before sending: the payload's shape (the shared schema), required
 * fields (DK01), the cluster's subjects (DK05), titles from the list (DK07), initiative/model
 * names (DK09/DK10), and what the unit already registered or the form repeats (DK13). Each
 * message names the entry ("Cá nhân 2 – Trần Thị Hoa") and the field by its label. The server
 * re-checks everything.
 */
export function checkForm(
  input: Submission,
  cluster: ClusterOption | undefined,
  existing: readonly ExistingRow[],
): FormIssue[] {
  const parsed = submissionSchema.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ field: i.path.join("."), code: "", message: i.message }));
  const sub = parsed.data;
  if (!cluster) return [{ field: "cluster", code: "", message: "Chưa chọn cụm." }];
  const unit = cluster.units.find((u) => nameKey(u.name) === nameKey(sub.unit));
  if (!unit) return [{ field: "unit", code: "DK01", message: "Chưa chọn đơn vị." }];
  const issues: FormIssue[] = [];
  const add = (field: string, code: string, label: string, message: string) =>
    issues.push({ field, code, message: `${label}: ${message}` });
  const seen = new Map<string, string>();
  for (const r of existing)
    seen.set(
      `${nameKey(r.person)}|${nameKey(r.title)}`,
      `đã đăng ký ${quote(r.title)} (${where(r)} của trang 'Cụm ${cluster.id}')`,
    );

  if (sub.collective) {
    const label = entryLabel("", null);
    const title = checkTitle(cluster.collectiveTitles, unit, sub.collective, "collective", label, add);
    const before = title ? seen.get(`|${nameKey(title.name)}`) : undefined;
    if (title && before) add("collective.title", "DK13", label, `đơn vị ${before}.`);
  }
  if (cluster.collectiveOnly && sub.individuals.length > 0) {
    issues.push({
      field: "individuals",
      code: "DK05",
      message: `Cụm ${cluster.id} chỉ đăng ký danh hiệu tập thể: không đăng ký cá nhân ở cụm này.`,
    });
    return issues;
  }
  sub.individuals.forEach((p, i) => {
    const at = `individuals.${i}`;
    const label = entryLabel(p.name.trim(), i + 1);
    if (!p.name.trim()) add(`${at}.name`, "DK01", label, "chưa điền 'Họ và tên'.");
    const title = checkTitle(cluster.individualTitles, unit, p, at, label, add);
    if (!title || !p.name.trim()) return;
    const key = `${nameKey(p.name)}|${nameKey(title.name)}`;
    const before = seen.get(key);
    if (before !== undefined)
      add(`${at}.title`, "DK13", label, `${before}: mỗi người chỉ đăng ký một danh hiệu một lần.`);
    else seen.set(key, `đã có ${quote(title.name)} ở ${entryLabel(p.name.trim(), i + 1)} của biểu mẫu`);
  });
  return issues;
}

function checkTitle(
  options: readonly TitleOption[],
  unit: UnitOption,
  entry: { readonly title: string; readonly initiative: string },
  at: string,
  label: string,
  add: (field: string, code: string, label: string, message: string) => void,
): TitleOption | undefined {
  if (!entry.title.trim()) {
    add(`${at}.title`, "DK01", label, "chưa chọn 'Danh hiệu'.");
    return undefined;
  }
  const title = findTitle(options, entry.title);
  if (!title) {
    add(
      `${at}.title`,
      "DK07",
      label,
      `danh hiệu ${quote(entry.title.trim())} không có trong danh sách được đăng ký ở cụm này: hãy chọn trong danh sách.`,
    );
    return undefined;
  }
  const need = requirementFor(title, unit.typeKey);
  if (need && !entry.initiative.trim()) {
    add(
      `${at}.initiative`,
      requirementCode(need),
      label,
      `đăng ký ${quote(title.name)} phải ghi '${requirementLabel(need)}'.`,
    );
  }
  return title;
}
