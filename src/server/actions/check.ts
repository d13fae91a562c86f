import { appendLog } from "../../adapter/append-log";
import { readSnapshot } from "../../adapter/read-snapshot";
import { activeUserEmail, formatNow, spreadsheet } from "../../adapter/services";
import { writeReport } from "../../adapter/write-report";
import { writeStatuses } from "../../adapter/write-status";
import { checkWorkbook } from "../../core/checks/check-workbook";
import { checkReport, summarize, summaryText } from "../../core/reports/check-report";
import { runMenuAction, underLock } from "../run-action";

const TITLE = "Kiểm tra dữ liệu";

/** Menu: run every check, write the status columns and rebuild `BC Kiểm tra`. */
export function checkData(): void {
  runMenuAction(TITLE, () => checkData_().summary);
}

/** The check itself, without UI: the Vietnamese summary and the counts. */
export function checkData_(): { summary: string; counts: ReturnType<typeof summarize> } {
  const ss = spreadsheet();
  return underLock(() => {
    const snapshot = readSnapshot(ss);
    const checked = checkWorkbook(snapshot, new Date());
    writeStatuses(ss, snapshot, checked.statuses);
    writeReport(ss, checkReport(checked.findings, checked.index, formatNow()));
    const summary = summaryText(checked.findings);
    appendLog(ss, { user: activeUserEmail(), action: TITLE, detail: summary.replace(/\n/g, " ") });
    return { summary, counts: summarize(checked.findings) };
  });
}
