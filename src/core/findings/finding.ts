import type { FindingCode } from "./catalogue";

/** Severity of a finding, in the words users see. */
export const SEVERITY = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;
export type Severity = (typeof SEVERITY)[keyof typeof SEVERITY];

/**
 * A problem the checks found: a stable code (RULES.md), a severity, where it
 * is and a Vietnamese message that names the actual values and says how to fix it.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Tab name, or null for a finding about the whole workbook. */
  readonly sheet: string | null;
  /** 1-based sheet row, or null for a finding about a whole tab or unit. */
  readonly row: number | null;
  /** Header of the column concerned, when there is one. */
  readonly column?: string;
  /** Unit name concerned, when there is one. */
  readonly unit?: string;
  readonly message: string;
}

const RANK: Record<Severity, number> = { Lỗi: 0, "Cảnh báo": 1, "Thông tin": 2 };

/** Errors first, then warnings, then infos; stable within a severity. */
export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity];
}
