import type { Finding } from "../findings/finding";
import { error, warning } from "../findings/make";
import { quote } from "../text/quote";
import { formatPoints } from "./score-cell";
import type { ScoreSheet, UnitScore } from "./score-sheet";

/** A unit in its cluster's ranking. */
export interface RankedUnit {
  readonly score: UnitScore;
  /** Shared for ties: 1, 1, 3. */
  readonly rank: number;
  /** Null when `Điểm sàn` is blank (no floor). */
  readonly reachedFloor: boolean | null;
  /** Proposed to lead the cluster (`Đề nghị dẫn đầu cụm`). */
  readonly leader: boolean;
  /** Tied with others for the last leading place: the cluster votes (DI07). */
  readonly tiedForLead: boolean;
  /** Vietnamese notes for the report. */
  readonly notes: readonly string[];
}

export interface RankSettings {
  readonly scoreFloor: number | null;
  readonly leadersPerCluster: number;
  /** Units that may not lead (DV01/DV02), by unit key, with the reason. */
  readonly barred: ReadonlyMap<string, string>;
}

/**
 * Ranks a cluster by total (shared ranks for ties) and picks its leaders: the top
 * `Số đơn vị dẫn đầu mỗi cụm` among units that registered in time, reached the
 * floor and have complete, valid scores. When equal totals straddle the last
 * leading place, none of the tied units is proposed: DI07 asks for a vote.
 */
export function rankCluster(
  sheet: ScoreSheet,
  clusterId: string,
  settings: RankSettings,
): { ranked: RankedUnit[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const sorted = [...sheet.units].sort((a, b) => b.total - a.total);
  const rankOf = new Map<UnitScore, number>();
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    rankOf.set(s, prev && prev.total === s.total ? (rankOf.get(prev) as number) : i + 1);
  });
  const floor = settings.scoreFloor;
  // A unit nobody has scored yet is not "under the floor": DI02 already says its scores are missing.
  const unscored = (s: UnitScore) => s.selfTotal === null && s.crossTotal === null;
  const reached = (s: UnitScore) => (floor === null || unscored(s) ? null : s.total >= floor);
  const eligible = sorted.filter(
    (s) => !settings.barred.has(s.unit.key) && reached(s) !== false && s.missing === 0 && s.invalid === 0,
  );
  const n = Math.max(0, settings.leadersPerCluster);
  const leaders = new Set<UnitScore>();
  const tied = new Set<UnitScore>();
  const edge = eligible[n - 1];
  if (edge && eligible[n] && eligible[n].total === edge.total) {
    for (const s of eligible) if (s.total > edge.total) leaders.add(s);
    for (const s of eligible) if (s.total === edge.total) tied.add(s);
  } else {
    for (const s of eligible.slice(0, n)) leaders.add(s);
  }

  const names = (set: Set<UnitScore>) => [...set].map((s) => `${quote(s.unit.name)}`).join(", ");
  const ranked = sorted.map((s): RankedUnit => {
    const at = { sheet: sheet.sheet, row: s.firstRow, unit: s.unit.name };
    const notes: string[] = [];
    const bar = settings.barred.get(s.unit.key);
    if (bar) notes.push(`Không được xét: ${bar}`);
    if (reached(s) === false) {
      notes.push(`Dưới điểm sàn ${formatPoints(floor as number)}`);
      const partial = s.missing > 0 ? ` (còn ${s.missing} tiêu chí chưa có điểm)` : "";
      findings.push(
        error(
          "DI06",
          at,
          `Đơn vị ${quote(s.unit.name)} (cụm ${clusterId}) đạt ${formatPoints(s.total)} điểm${partial}, thấp hơn điểm sàn ${formatPoints(floor as number)}: không đạt, không được đề nghị dẫn đầu cụm.`,
        ),
      );
    }
    if (s.missing > 0) notes.push(`Thiếu điểm ${s.missing} tiêu chí`);
    if (s.invalid > 0) notes.push(`${s.invalid} ô điểm không hợp lệ`);
    if (s.selfOnly > 0) notes.push(`${s.selfOnly} tiêu chí chưa chấm chéo`);
    if (tied.has(s)) {
      const others = new Set([...tied].filter((o) => o !== s));
      notes.push(`Bằng điểm với ${names(others)}: cụm biểu quyết chọn đơn vị dẫn đầu`);
      findings.push(
        warning(
          "DI07",
          at,
          `Cụm ${clusterId}: ${quote(s.unit.name)} bằng điểm (${formatPoints(s.total)}) với ${names(others)} ở vị trí dẫn đầu thứ ${n}: cụm cần biểu quyết để chọn đơn vị dẫn đầu.`,
        ),
      );
    }
    return {
      score: s,
      rank: rankOf.get(s) as number,
      reachedFloor: reached(s),
      leader: leaders.has(s),
      tiedForLead: tied.has(s),
      notes,
    };
  });
  return { ranked, findings };
}
