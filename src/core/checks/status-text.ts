import { bySeverity, type Finding, SEVERITY, type Severity } from "../findings/finding";

const VALID = "Hợp lệ";
const MAX_CELL = 49_000; // a cell holds at most 50 000 characters

/** The `Kết quả kiểm tra` text of a row: `Hợp lệ`, or `CODE: message` lines, errors first. */
export function statusText(findings: readonly Finding[]): string {
  if (findings.length === 0) return VALID;
  const text = [...findings]
    .sort(bySeverity)
    .map((f) => `${f.code}: ${f.message}`)
    .join("\n");
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** The worst severity among findings, or null when there is none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  if (findings.some((f) => f.severity === SEVERITY.error)) return SEVERITY.error;
  if (findings.some((f) => f.severity === SEVERITY.warning)) return SEVERITY.warning;
  if (findings.length > 0) return SEVERITY.info;
  return null;
}
