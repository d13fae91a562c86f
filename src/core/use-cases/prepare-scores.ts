import { columnLetters } from "../a1";
import { checkWorkbook } from "../checks/check-workbook";
import { CRITERION, SCORE, TAB } from "../contract/workbook";
import { PREPARE_SCORES } from "../menu/menu";
import { parsePlan } from "../plan/parse-plan";
import { parseCriteria } from "../scoring/criteria";
import { planScoreSheets, type ScoreSheetPlan } from "../scoring/plan-score-sheets";
import type { TabPlan } from "../setup/plan-tab";
import { withPlannedTabs } from "../setup/planned-snapshot";
import { CRITERIA_ROWS, CRITERIA_SAMPLE_NOTE } from "../template/criteria";
import { headerKey } from "../text/normalize";
import { type ActionInput, type Outcome, Refusal } from "./action";
import { statusWrites } from "./status-writes";
import type { WriteOp } from "./write-plan";

/** Rows whose unit or criterion is no longer the cluster's: flagged, never deleted, never counted. */
const STALE_ROW_CODES = new Set(["DI03", "DK02", "DK03"]);

/**
 * `Chuẩn bị bảng chấm điểm` (admin): creates or completes each `Điểm Cụm N` (one row per unit ×
 * criterion), validates its score columns, and writes the statuses of the tabs as they will be.
 */
export function prepareScoreSheets(input: ActionInput): Outcome<string[]> {
  const { snapshot, now } = input;
  const { index } = parsePlan(snapshot, now);
  const criteria = parseCriteria(snapshot, index);
  if (!criteria.present || criteria.all.length === 0) {
    throw new Refusal(
      "NO_CRITERIA",
      `Trang '${TAB.criteria}' chưa có hoặc chưa có tiêu chí hợp lệ nào. Hãy chạy Khởi tạo / cập nhật bảng tính hoặc nhập tiêu chí, thang điểm của các cụm rồi chạy lại.`,
    );
  }
  const plans = planScoreSheets(snapshot, index, criteria);
  const after = withPlannedTabs(
    snapshot,
    plans.map((p) => p.tab),
  );
  const { scores } = checkWorkbook(after, now);
  const lines = describe(plans, scores.findings.filter((f) => STALE_ROW_CODES.has(f.code)).length);
  const sample = CRITERIA_ROWS.map((r) => String(r[CRITERION.code]));
  const codes = criteria.all.map((c) => c.code);
  if (codes.length === sample.length && sample.every((c) => codes.includes(c))) {
    lines.push(`Lưu ý: ${CRITERIA_SAMPLE_NOTE}`);
  }
  const writes: WriteOp[] = [
    { kind: "setup", plan: { tabs: plans.map((p) => p.tab), guide: null, seeded: [] } },
    ...plans.flatMap((p) => scoreValidations(p.tab)),
    ...statusWrites(after, scores.statuses),
    { kind: "log", action: PREPARE_SCORES.caption, detail: lines.join(" ") },
  ];
  return { result: lines, writes };
}

/**
 * One custom-formula rule per score column: blank, or a number from 0 to the row's own
 * `Điểm tối đa` (a relative reference, so one rule serves rows of different maxima).
 */
function scoreValidations(tab: TabPlan): WriteOp[] {
  const col = (h: string) => tab.headers.findIndex((x) => headerKey(x) === headerKey(h)) + 1;
  const max = col(SCORE.max);
  if (max < 1) return [];
  return [SCORE.self, SCORE.cross]
    .map(col)
    .filter((c) => c > 0)
    .map((c) => {
      const cell = `${columnLetters(c)}2`;
      return {
        kind: "validation",
        sheet: tab.tab,
        row: 2,
        column: c,
        rows: null,
        formula: `=OR(ISBLANK(${cell}),AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=$${columnLetters(max)}2))`,
        help: `Nhập một số từ 0 đến '${SCORE.max}' của dòng (dùng dấu phẩy thập phân, ví dụ 7,5).`,
      };
    });
}

function describe(plans: readonly ScoreSheetPlan[], flagged: number): string[] {
  const created = plans.filter((p) => p.tab.create).map((p) => p.tab.tab);
  const added = plans.reduce((n, p) => n + p.tab.rows.length, 0);
  const lines: string[] = [];
  if (created.length > 0) lines.push(`Đã tạo ${created.length} trang chấm điểm: ${created.join(", ")}.`);
  lines.push(
    added > 0
      ? `Đã thêm ${added} dòng (đơn vị × tiêu chí) còn thiếu; điểm đã nhập được giữ nguyên.`
      : "Các trang chấm điểm đã đủ dòng đơn vị × tiêu chí: không có dòng nào cần thêm.",
  );
  if (flagged > 0) {
    lines.push(
      `${flagged} dòng có đơn vị hoặc tiêu chí không còn thuộc cụm: đã đánh dấu ở cột 'Kết quả kiểm tra' (không xóa, không tính điểm).`,
    );
  }
  return lines;
}
