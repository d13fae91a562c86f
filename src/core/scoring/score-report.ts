import { countsText } from "../findings/areas";
import type { PlanIndex } from "../plan/types";
import { ReportBuilder } from "../reports/report-builder";
import type { ReportSheet, RowStyle } from "../reports/report-sheet";
import type { ClusterScores, ScoreCheck } from "./check-scores";
import type { RankedUnit } from "./rank-cluster";
import { formatPoints } from "./score-cell";
import { shortLabels } from "./short-label";

export const SCORE_REPORT = "BC Kết quả chấm điểm";
const PROPOSAL = "Đề nghị dẫn đầu cụm";
const YES = "Có";
const NO = "Không";
const NO_FLOOR = "Không áp dụng";

const HEADERS = ["Hạng", "Đơn vị", "Tổng tự chấm", "Tổng chấm chéo", "Điểm thưởng", "Điểm trừ", "Tổng điểm"];
const WIDTHS = [50, 280, 95, 105, 90, 75, 85, 95, 150, 330, 30, 150, 95, 95, 95, 80];
const TABLE_WIDTH = 10;
/** The chart's data block sits right of the tables (column L on): labels, three outcome series, the floor. */
const DATA_COLUMN = TABLE_WIDTH + 2;
/** Rows kept free under a cluster's title for its chart (21 px each). */
const CHART_ROWS = 15;
const COLORS = { leader: "#38761d", reached: "#4472c4", under: "#cc0000", floor: "#e69138" } as const;

const styleOf = (u: RankedUnit): RowStyle =>
  u.leader ? "ok" : u.reachedFloor === false ? "error" : u.tiedForLead ? "warning" : "plain";

/**
 * `BC Kết quả chấm điểm` as data: per cluster its title, its chart (bars coloured by outcome —
 * proposed leader, at or above the floor, below it — and the floor as a line) where the tab
 * opens, then its ranking; leaders green, units under the floor red, ties for the lead yellow.
 */
export function scoreReport(check: ScoreCheck, index: PlanIndex, computedAt: string): ReportSheet {
  const plan = index.plan;
  const floor = plan.scoreFloor;
  const all = check.clusters.flatMap((c) => c.ranked);
  const b = new ReportBuilder(SCORE_REPORT, WIDTHS);
  b.title(`KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG CÁC CỤM THI ĐUA${plan.year ? ` NĂM ${plan.year}` : ""}`);
  b.subtitle(
    `${plan.organisation} · Điểm sàn: ${floor === null ? "không áp dụng" : formatPoints(floor)} · ` +
      `Số đơn vị dẫn đầu mỗi cụm: ${plan.leadersPerCluster} · tính lúc ${computedAt}`,
  );
  b.subtitle(
    `${check.clusters.length} cụm · ${all.length} đơn vị · ${all.filter((u) => u.leader).length} đơn vị được đề nghị dẫn đầu · ` +
      `${all.filter((u) => u.reachedFloor === false).length} đơn vị dưới điểm sàn · phát hiện: ${countsText(check.findings)} ` +
      "(chi tiết ở cột Kết quả kiểm tra của các trang Điểm Cụm).",
  );
  for (const cluster of check.clusters) clusterBlock(b, cluster, floor);
  return b.build();
}

function clusterBlock(b: ReportBuilder, c: ClusterScores, floor: number | null): void {
  const name = c.cluster.name ? ` – ${c.cluster.name}` : "";
  b.blank();
  b.section(
    `CỤM ${c.cluster.id}${name} (${c.ranked.length} đơn vị, tổng điểm tối đa ${formatPoints(c.sheet.maxTotal)})`,
  );
  const chartRow = b.nextRow;
  const scored = c.ranked.filter((u) => u.score.selfTotal !== null || u.score.crossTotal !== null);
  if (scored.length > 0) for (let i = 0; i < CHART_ROWS; i++) b.blank();
  const headerRow = b.nextRow;
  b.push(
    "header",
    ...HEADERS,
    "Đạt điểm sàn",
    "Đề nghị",
    "Ghi chú",
    "",
    "Biểu đồ: đơn vị",
    PROPOSAL,
    "Đạt điểm sàn",
    "Dưới điểm sàn",
    "Điểm sàn",
  );
  const labels = shortLabels(c.ranked.map((u) => u.score.unit.name));
  c.ranked.forEach((u, i) => {
    const s = u.score;
    const total = s.total;
    b.push(
      styleOf(u),
      u.rank,
      s.unit.name,
      s.selfTotal ?? "",
      s.crossTotal ?? "",
      s.bonus,
      s.penalty,
      total,
      u.reachedFloor === null ? NO_FLOOR : u.reachedFloor ? YES : NO,
      u.leader ? PROPOSAL : "",
      u.notes.join("; "),
      "",
      labels[i] ?? s.unit.name,
      u.leader ? total : "",
      !u.leader && u.reachedFloor !== false ? total : "",
      !u.leader && u.reachedFloor === false ? total : "",
      floor ?? "",
    );
  });
  if (c.ranked.length === 0) b.push("ok", "", "Cụm chưa có đơn vị nào trong trang Đơn vị.");
  if (scored.length === 0) {
    if (c.ranked.length > 0) b.push("plain", "", "Cụm chưa nhập điểm: chưa có biểu đồ.");
    return;
  }
  b.chart({
    title: `Cụm ${c.cluster.id}: tổng điểm từng đơn vị`,
    data: { row: headerRow, column: DATA_COLUMN, rows: c.ranked.length + 1, columns: floor === null ? 4 : 5 },
    anchor: { row: chartRow, column: 2 },
    width: 760,
    height: CHART_ROWS * 21 - 6,
    series: [
      { color: COLORS.leader },
      { color: COLORS.reached },
      { color: COLORS.under },
      ...(floor === null ? [] : [{ color: COLORS.floor, line: true }]),
    ],
    stacked: true,
    vAxisTitle: "Điểm",
  });
}
