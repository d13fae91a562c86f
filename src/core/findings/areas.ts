import type { Finding, Severity } from "./finding";
import { SEVERITY } from "./finding";

/** The areas of the workbook a finding is about, by code prefix, in the order summaries list them. */
const AREAS = [
  { prefix: "BT", name: "Thiết lập bảng tính" },
  { prefix: "DK", name: "Đăng ký" },
  { prefix: "DV", name: "Đơn vị" },
  { prefix: "HS", name: "Hồ sơ cụm" },
  { prefix: "CD", name: "Chuyên đề" },
  { prefix: "TD", name: "Tiến độ" },
  { prefix: "DI", name: "Chấm điểm" },
  { prefix: "KT", name: "Bình xét cuối năm" },
] as const;

export type AreaName = (typeof AREAS)[number]["name"];

/** Codes that keep a unit out of the year's awards (RULES.md, DV01/DV02): the one list of them. */
export const CUTOFF_CODES: ReadonlySet<string> = new Set(["DV01", "DV02"]);

/** The year-end conditions (KT): about proposing a result, not whether a registration counts. */
export const isYearEndCode = (code: string): boolean => code.startsWith("KT");

/** Counts per severity and per code: what a summary, the log and the offline checker report. */
export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly byCode: Readonly<Record<string, number>>;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const byCode: Record<string, number> = {};
  const bySeverity: Record<Severity, number> = {
    [SEVERITY.error]: 0,
    [SEVERITY.warning]: 0,
    [SEVERITY.info]: 0,
  };
  for (const f of findings) {
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    bySeverity[f.severity]++;
  }
  return {
    errors: bySeverity[SEVERITY.error],
    warnings: bySeverity[SEVERITY.warning],
    infos: bySeverity[SEVERITY.info],
    byCode,
  };
}

/** "18 lỗi, 2 cảnh báo" — the non-zero counts of a list of findings. */
export function countsText(findings: readonly Finding[]): string {
  const c = countFindings(findings);
  const parts = [
    [c.errors, "lỗi"],
    [c.warnings, "cảnh báo"],
    [c.infos, "thông tin"],
  ].filter(([n]) => (n as number) > 0);
  return parts.map(([n, w]) => `${n} ${w}`).join(", ") || "không có";
}

/** The findings grouped by area, areas in summary order, only the areas that have some. */
export function byArea(findings: readonly Finding[]): { area: AreaName; findings: Finding[] }[] {
  return AREAS.map((a) => ({
    area: a.name,
    findings: findings.filter((f) => f.code.startsWith(a.prefix)),
  })).filter((g) => g.findings.length > 0);
}
