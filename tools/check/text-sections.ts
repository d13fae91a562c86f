/** The codes of the units that will not be considered for awards: listed first, on their own. */
import { CUTOFF_CODES as CUTOFF } from "../../src/core/findings/areas";
import { type Finding, SEVERITY } from "../../src/core/findings/finding";
import type { CheckOutcome } from "./run-check";

/** A warning's example message is cut here: the summary stays one line per code. */
const EXAMPLE_CHARS = 140;

/** The findings split for the report: cutoff units apart, then by severity. */
export function bySeverity(findings: readonly Finding[]) {
  const rest = findings.filter((f) => !CUTOFF.has(f.code));
  return {
    cutoff: findings.length - rest.length,
    errors: rest.filter((f) => f.severity === SEVERITY.error),
    warnings: rest.filter((f) => f.severity === SEVERITY.warning),
    infos: rest.filter((f) => f.severity === SEVERITY.info),
  };
}

/** "Đơn vị không được xét khen thưởng (n):" and one line per unit, or the all-clear. */
export function cutoffLines({ excluded }: CheckOutcome): string[] {
  if (excluded.length === 0) return ["Không có đơn vị nào bị loại vì đăng ký muộn hoặc chưa đăng ký."];
  return [
    `Đơn vị không được xét khen thưởng (${excluded.length}):`,
    ...excluded.map(
      (u) => `  - ${u.unit}${u.cluster ? ` (Cụm ${u.cluster})` : ""} — ${u.code}: ${u.message}`,
    ),
  ];
}

/**
 * Findings grouped by tab, the tabs in workbook order (`tabs`), then any other tab in order of
 * appearance, findings about the whole workbook (`null`) last; rows in order within a tab.
 */
export function byTab(findings: readonly Finding[], tabs: readonly string[]): [string | null, Finding[]][] {
  const groups = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet) ?? [];
    if (list.length === 0) groups.set(f.sheet, list);
    list.push(f);
  }
  const rank = (tab: string | null): number => {
    if (tab === null) return Number.MAX_SAFE_INTEGER;
    const i = tabs.indexOf(tab);
    return i >= 0 ? i : tabs.length;
  };
  const ordered = [...groups].sort(([a], [b]) => rank(a) - rank(b));
  for (const [, list] of ordered) list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return ordered;
}

/** `dòng 12 · UBND phường Lê Loi — DK02: message` (row and unit when the finding has them). */
export function errorLine(f: Finding): string {
  const where = [f.row !== null ? `dòng ${f.row}` : "", f.unit ?? ""].filter(Boolean).join(" · ");
  return `${where ? `${where} — ` : ""}${f.code}: ${f.message}`;
}

/** One line per code: count, the tabs concerned, and the first message as an example. */
export function codeSummary(findings: readonly Finding[]): string[] {
  const codes = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = codes.get(f.code);
    if (list) list.push(f);
    else codes.set(f.code, [f]);
  }
  return [...codes].map(([code, list]) => {
    const tabs = new Map<string, number>();
    for (const f of list) if (f.sheet) tabs.set(f.sheet, (tabs.get(f.sheet) ?? 0) + 1);
    const where = [...tabs].map(([t, n]) => `${t}: ${n}`).join(", ");
    const first = list[0] as Finding;
    const example =
      first.message.length > EXAMPLE_CHARS ? `${first.message.slice(0, EXAMPLE_CHARS - 1)}…` : first.message;
    return `  - ${code} ×${list.length}${where ? ` (${where})` : ""}, ví dụ: ${example}`;
  });
}
