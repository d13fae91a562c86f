import { checkWorkbook } from "../checks/check-workbook";
import { formatCivil, formatDateTime } from "../dates";
import { countFindings, type FindingCounts } from "../findings/areas";
import type { Finding } from "../findings/finding";
import { CHECK } from "../menu/menu";
import { checkReport, type ExcludedUnit, excludedUnits, summaryText } from "../reports/check-report";
import type { ActionInput, Outcome } from "./action";
import { statusWrites } from "./status-writes";

/** What `Kiểm tra dữ liệu` found, as data (the offline checker and the tests read it; users see `message`). */
export interface CheckDataResult {
  readonly message: string;
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  readonly excluded: readonly ExcludedUnit[];
  /** "Today" of the checks, dd/mm/yyyy. */
  readonly today: string;
}

/**
 * `Kiểm tra dữ liệu`: every check of RULES.md over the workbook (the year-end conditions KT once
 * a `Kết quả bình xét` is entered); writes each tab's status column and highlights, rebuilds
 * `BC Kiểm tra`, logs the summary.
 */
export function checkData(input: ActionInput): Outcome<CheckDataResult> {
  const { index, findings, statuses, yearEnd } = checkWorkbook(input.snapshot, input.now);
  const message = summaryText(findings, index, yearEnd);
  return {
    result: {
      message,
      findings,
      counts: countFindings(findings),
      excluded: excludedUnits(findings, index),
      today: formatCivil(index.plan.today),
    },
    writes: [
      ...statusWrites(input.snapshot, statuses),
      { kind: "report", report: checkReport(findings, index, formatDateTime(input.now)) },
      { kind: "log", action: CHECK.caption, detail: message.replace(/\n/g, " ") },
    ],
  };
}
