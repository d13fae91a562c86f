import { appendLog } from "../../adapter/append-log";
import { readSnapshot } from "../../adapter/read-snapshot";
import { writeScoreChart } from "../../adapter/scoring/write-chart";
import { activeUserEmail, formatNow, spreadsheet } from "../../adapter/services";
import { writeReport } from "../../adapter/write-report";
import { writeStatuses } from "../../adapter/write-status";
import { TAB } from "../../core/contract/workbook";
import { parsePlan } from "../../core/plan/parse-plan";
import { readRegistrations } from "../../core/rules/registrations/registration";
import { checkUnits } from "../../core/rules/units/check-units";
import { checkScores } from "../../core/scoring/check-scores";
import { scoreReport } from "../../core/scoring/score-report";
import { scoreSummary } from "../../core/scoring/score-summary";
import { runMenuAction, UserError, underLock } from "../run-action";

const TITLE = "Tính điểm và xếp hạng";
/** The chart sits right of the report's ten columns. */
const CHART_COLUMN = 12;

/** Menu: total and rank every cluster, write the score tabs' statuses, rebuild the report and its chart. */
export function computeScores(): void {
  runMenuAction(TITLE, () => computeScores_());
}

/** The computation itself, without UI: the Vietnamese summary. */
export function computeScores_(): string {
  const ss = spreadsheet();
  return underLock(() => {
    const snapshot = readSnapshot(ss);
    const { index } = parsePlan(snapshot, new Date());
    const dv = checkUnits(readRegistrations(snapshot, index), index);
    const check = checkScores(snapshot, index, dv);
    if (check.clusters.length === 0) {
      throw new UserError(
        "NO_SCORE_TABS",
        `Chưa có trang chấm điểm nào (Điểm Cụm …). Hãy chạy 'Chuẩn bị bảng chấm điểm' trước${check.criteria.present ? "" : ` (cần trang '${TAB.criteria}')`}.`,
      );
    }
    writeStatuses(ss, snapshot, check.statuses);
    const report = scoreReport(check, index, formatNow());
    const sheet = writeReport(ss, report.sheet);
    writeScoreChart(sheet, report.chart, CHART_COLUMN);
    const summary = scoreSummary(check);
    appendLog(ss, { user: activeUserEmail(), action: TITLE, detail: summary.replace(/\n/g, " ") });
    return summary;
  });
}
