import { checkWorkbook } from "../checks/check-workbook";
import { TAB } from "../contract/workbook";
import { formatDateTime } from "../dates";
import { SCORES } from "../menu/menu";
import { scoreReport } from "../scoring/score-report";
import { scoreSummary } from "../scoring/score-summary";
import { type ActionInput, type Outcome, Refusal } from "./action";
import { statusWrites } from "./status-writes";

/**
 * `Tính điểm và xếp hạng`: totals and ranks every cluster that has a score tab, writes the
 * score tabs' statuses, rebuilds `BC Kết quả chấm điểm` with one chart per cluster.
 */
export function computeScores(input: ActionInput): Outcome<string> {
  const { index, scores } = checkWorkbook(input.snapshot, input.now, input.timeZone);
  if (scores.clusters.length === 0) {
    throw new Refusal(
      "NO_SCORE_TABS",
      `Chưa có trang chấm điểm nào (Điểm Cụm …). Hãy chạy 'Chuẩn bị bảng chấm điểm' trước${scores.criteria.present ? "" : ` (cần trang '${TAB.criteria}')`}.`,
    );
  }
  const message = scoreSummary(scores);
  return {
    result: message,
    writes: [
      ...statusWrites(input.snapshot, scores.statuses),
      { kind: "report", report: scoreReport(scores, index, formatDateTime(input.now)) },
      { kind: "log", action: SCORES.caption, detail: message.replace(/\n/g, " ") },
    ],
  };
}
