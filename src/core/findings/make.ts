import type { FindingCode } from "./catalogue";
import { type Finding, SEVERITY, type Severity } from "./finding";

/** Where a finding is: tab, 1-based row (null for a whole tab or unit), column, unit. */
export interface At {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column?: string;
  readonly unit?: string;
}

const make =
  (severity: Severity) =>
  (code: FindingCode, at: At, message: string): Finding => ({ code, severity, ...at, message });

export const error = make(SEVERITY.error);
export const warning = make(SEVERITY.warning);
export const info = make(SEVERITY.info);
