import { appendLog } from "../../adapter/append-log";
import { readSnapshot, readTabs } from "../../adapter/read-snapshot";
import { applyScoreSheets } from "../../adapter/scoring/apply-score-sheets";
import { activeUserEmail, spreadsheet } from "../../adapter/services";
import { writeStatuses } from "../../adapter/write-status";
import { CRITERION, TAB } from "../../core/contract/workbook";
import { parsePlan } from "../../core/plan/parse-plan";
import { readRegistrations } from "../../core/rules/registrations/registration";
import { checkUnits } from "../../core/rules/units/check-units";
import { checkScores } from "../../core/scoring/check-scores";
import { planScoreSheets } from "../../core/scoring/plan-score-sheets";
import type { Snapshot } from "../../core/table";
import { CRITERIA_ROWS, CRITERIA_SAMPLE_NOTE } from "../../core/template/criteria";
import { requireAdmin, runMenuAction, UserError, underLock } from "../run-action";

const TITLE = "Chuẩn bị bảng chấm điểm";
const FLAGS = new Set(["DI03", "DK02", "DK03"]);

/** Menu (admin): create or complete the `Điểm Cụm N` tabs, one row per unit × criterion. */
export function prepareScoreSheets(): void {
  runMenuAction(TITLE, () => prepareScoreSheets_().join("\n"));
}

/** The preparation itself, without UI: the Vietnamese report lines. */
export function prepareScoreSheets_(): string[] {
  const ss = spreadsheet();
  const user = activeUserEmail();
  return underLock(() => {
    const snapshot = readSnapshot(ss);
    requireAdmin(snapshot, user, "chuẩn bị bảng chấm điểm");
    const now = new Date();
    const { index } = parsePlan(snapshot, now);
    const before = checkScores(snapshot, index, []);
    if (!before.criteria.present || before.criteria.all.length === 0) {
      throw new UserError(
        "NO_CRITERIA",
        `Trang '${TAB.criteria}' chưa có hoặc chưa có tiêu chí hợp lệ nào. Hãy chạy Khởi tạo / cập nhật bảng tính hoặc nhập tiêu chí, thang điểm của các cụm rồi chạy lại.`,
      );
    }
    const plans = planScoreSheets(snapshot, index, before.criteria);
    applyScoreSheets(ss, plans, snapshot);
    // Statuses from the tabs as they are now: rows whose unit or criterion is gone are flagged.
    const after = merge(
      snapshot,
      readTabs(
        ss,
        plans.map((p) => p.tab.tab),
      ),
    );
    const dv = checkUnits(readRegistrations(after, index), index);
    const check = checkScores(after, index, dv);
    writeStatuses(ss, after, check.statuses);
    const lines = describe(plans, check.findings.filter((f) => FLAGS.has(f.code)).length);
    if (isSample(before.criteria.all.map((c) => c.code))) lines.push(`Lưu ý: ${CRITERIA_SAMPLE_NOTE}`);
    appendLog(ss, { user, action: TITLE, detail: lines.join(" ") });
    return lines;
  });
}

function describe(plans: ReturnType<typeof planScoreSheets>, flagged: number): string[] {
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

/** True while `Tiêu chí` still holds the template's sample codes. */
function isSample(codes: readonly string[]): boolean {
  const sample = CRITERIA_ROWS.map((r) => String(r[CRITERION.code]));
  return codes.length === sample.length && sample.every((c) => codes.includes(c));
}

const merge = (base: Snapshot, fresh: Snapshot): Snapshot => ({
  grids: [...base.grids.filter((g) => !fresh.grids.some((f) => f.name === g.name)), ...fresh.grids],
});
