import { SEVERITY } from "../findings/finding";
import type { ScoreCheck } from "./check-scores";
import { SCORE_REPORT } from "./score-report";

/** The Vietnamese summary shown at the end of `Tính điểm và xếp hạng`. */
export function scoreSummary(check: ScoreCheck): string {
  const count = (s: string) => check.findings.filter((f) => f.severity === s).length;
  const lines = [`Đã tính điểm và xếp hạng ${check.clusters.length} cụm.`];
  for (const { cluster, ranked } of check.clusters) {
    const leaders = ranked.filter((u) => u.leader).map((u) => u.score.unit.name);
    const tied = ranked.filter((u) => u.tiedForLead).map((u) => u.score.unit.name);
    const under = ranked.filter((u) => u.reachedFloor === false).length;
    const lead =
      leaders.length > 0 ? `đề nghị dẫn đầu: ${leaders.join(", ")}` : "chưa có đơn vị đủ điều kiện dẫn đầu";
    const tie = tied.length > 0 ? `; bằng điểm cần biểu quyết: ${tied.join(", ")}` : "";
    lines.push(`Cụm ${cluster.id}: ${lead}${tie}${under > 0 ? `; ${under} đơn vị dưới điểm sàn` : ""}.`);
  }
  lines.push(`Lỗi: ${count(SEVERITY.error)} · Cảnh báo: ${count(SEVERITY.warning)}.`);
  lines.push(`Xem chi tiết ở trang '${SCORE_REPORT}' và cột 'Kết quả kiểm tra' của các trang Điểm Cụm.`);
  return lines.join("\n");
}
