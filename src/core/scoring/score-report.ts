import { SEVERITY } from "../findings/finding";
import type { PlanIndex } from "../plan/types";
import type { ReportCell, ReportSheet, RowStyle } from "../reports/report-sheet";
import type { ScoreCheck } from "./check-scores";
import type { RankedUnit } from "./rank-cluster";
import { formatPoints } from "./score-cell";

export const SCORE_REPORT = "BC Kết quả chấm điểm";
export const PROPOSAL = "Đề nghị dẫn đầu cụm";
const YES = "Có";
const NO = "Không";
const NO_FLOOR = "Không áp dụng";

/** Where the chart's data sit in the report: a header row, then one row per unit. */
export interface ChartBlock {
  /** 1-based row of the block's header. */
  readonly firstRow: number;
  readonly rows: number;
  /** 2 (unit, total) or 3 (unit, total, floor). */
  readonly columns: number;
  readonly title: string;
}

const styleOf = (u: RankedUnit): RowStyle =>
  u.leader ? "ok" : u.reachedFloor === false ? "error" : u.tiedForLead ? "warning" : "plain";

/**
 * `BC Kết quả chấm điểm` as data: per cluster the ranking (rank, unit, self and
 * cross totals, bonus, penalty, total, floor reached, proposal, notes), leaders
 * green, units under the floor red, ties for the lead yellow; then the block the
 * chart of totals per unit (with the floor as a second series) is drawn from.
 */
export function scoreReport(
  check: ScoreCheck,
  index: PlanIndex,
  computedAt: string,
): { sheet: ReportSheet; chart: ChartBlock | null } {
  const plan = index.plan;
  const rows: ReportCell[][] = [];
  const styles: RowStyle[] = [];
  const push = (style: RowStyle, ...cells: ReportCell[]) => {
    rows.push(cells);
    styles.push(style);
  };
  const all = check.clusters.flatMap((c) => c.ranked);
  const floor = plan.scoreFloor;
  const count = (s: string) => check.findings.filter((f) => f.severity === s).length;
  // Titles and section lines go in column B (the wide unit column): the report's cells
  // wrap, and column A (the rank, 60 px) turned a sentence into a dozen lines.
  push("title", "", `KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG CÁC CỤM THI ĐUA${plan.year ? ` NĂM ${plan.year}` : ""}`);
  push(
    "subtitle",
    "",
    `${plan.organisation} · Điểm sàn: ${floor === null ? "không áp dụng" : formatPoints(floor)} · Số đơn vị dẫn đầu mỗi cụm: ${plan.leadersPerCluster} · tính lúc ${computedAt}`,
  );
  push(
    "subtitle",
    "",
    `${check.clusters.length} cụm · ${all.length} đơn vị · ${all.filter((u) => u.leader).length} đơn vị được đề nghị dẫn đầu · ${all.filter((u) => u.reachedFloor === false).length} đơn vị dưới điểm sàn · Lỗi: ${count(SEVERITY.error)} · Cảnh báo: ${count(SEVERITY.warning)} (chi tiết ở cột Kết quả kiểm tra của các trang Điểm Cụm).`,
  );
  push("plain");
  for (const { cluster, sheet, ranked } of check.clusters) {
    const name = cluster.name ? ` – ${cluster.name}` : "";
    push(
      "section",
      "",
      `CỤM ${cluster.id}${name} (${ranked.length} đơn vị, tổng điểm tối đa ${formatPoints(sheet.maxTotal)})`,
    );
    push(
      "header",
      "Hạng",
      "Đơn vị",
      "Tổng tự chấm",
      "Tổng chấm chéo",
      "Điểm thưởng",
      "Điểm trừ",
      "Tổng điểm",
      "Đạt điểm sàn",
      "Đề nghị",
      "Ghi chú",
    );
    for (const u of ranked) {
      const s = u.score;
      push(
        styleOf(u),
        u.rank,
        s.unit.name,
        s.selfTotal ?? "",
        s.crossTotal ?? "",
        s.bonus,
        s.penalty,
        s.total,
        u.reachedFloor === null ? NO_FLOOR : u.reachedFloor ? YES : NO,
        u.leader ? PROPOSAL : "",
        u.notes.join("; "),
      );
    }
    if (ranked.length === 0) push("ok", "", "Cụm chưa có đơn vị nào trong trang Đơn vị.");
    push("plain");
  }
  let chart: ChartBlock | null = null;
  if (all.length > 0) {
    push("section", "", "DỮ LIỆU BIỂU ĐỒ: TỔNG ĐIỂM TỪNG ĐƠN VỊ THEO CỤM");
    const columns = floor === null ? 2 : 3;
    chart = {
      firstRow: rows.length + 1,
      rows: all.length + 1,
      columns,
      title: "Tổng điểm các đơn vị theo cụm",
    };
    push("header", "Đơn vị (cụm)", "Tổng điểm", ...(floor === null ? [] : ["Điểm sàn"]));
    for (const { cluster, ranked } of check.clusters) {
      for (const u of ranked) {
        push(
          "plain",
          `Cụm ${cluster.id} · ${u.score.unit.name}`,
          u.score.total,
          ...(floor === null ? [] : [floor]),
        );
      }
    }
  }
  return {
    sheet: {
      name: SCORE_REPORT,
      widths: [60, 300, 100, 110, 90, 80, 90, 100, 170, 360],
      rows,
      styles,
      frozenRows: 0,
    },
    chart,
  };
}
