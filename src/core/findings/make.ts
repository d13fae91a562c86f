import { excerpt } from "../text/quote";
import type { FindingCode } from "./catalogue";
import { type Finding, SEVERITY, type Severity } from "./finding";

/** Where a finding is: tab, 1-based row (null for a whole tab or unit), column, unit. */
export interface At {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column?: string;
  readonly unit?: string;
}

/**
 * The longest message a finding carries. Rules quote values through `quote` (80 characters
 * each); this bound catches whatever a message names unquoted (a cluster id, a tab name), so a
 * status cell of many findings, the report and the log stay far below a cell's limit.
 */
export const MAX_MESSAGE_CHARS = 1_000;

const make =
  (severity: Severity) =>
  (code: FindingCode, at: At, message: string): Finding => ({
    code,
    severity,
    ...at,
    message: excerpt(message, MAX_MESSAGE_CHARS),
  });

export const error = make(SEVERITY.error);
export const warning = make(SEVERITY.warning);
export const info = make(SEVERITY.info);
