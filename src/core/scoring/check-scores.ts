import { type TabStatus, tabStatus } from "../checks/status";
import { STATUS_HEADER, scoreTabName, TAB } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import type { Cluster, PlanIndex } from "../plan/types";
import { findGrid, type Snapshot } from "../table";
import { nameKey } from "../text/name-key";
import { checkCriteriaSums } from "./check-criteria-sums";
import { type Criteria, parseCriteria } from "./criteria";
import { type RankedUnit, rankCluster } from "./rank-cluster";
import { type ScoreSheet, scoreSheet } from "./score-sheet";

/** A cluster whose score tab exists: its sheet read, its units ranked. */
export interface ClusterScores {
  readonly cluster: Cluster;
  readonly sheet: ScoreSheet;
  readonly ranked: readonly RankedUnit[];
}

export interface ScoreCheck {
  readonly criteria: Criteria;
  readonly clusters: readonly ClusterScores[];
  /** BT findings about `Tiêu chí` rows and score tabs, and DI01–DI08. */
  readonly findings: readonly Finding[];
  /** The `Kết quả kiểm tra` column of each score tab. */
  readonly statuses: readonly TabStatus[];
}

const BARRED: Record<string, string> = {
  DV01: "chưa đăng ký thi đua (DV01)",
  DV02: "không đăng ký thi đua đúng hạn (DV02)",
};

/**
 * The score checks of RULES.md (DI01–DI08) over every `Điểm Cụm N` tab that
 * exists (a cluster without one has not started scoring). `prior` holds the
 * unit findings already made: a unit with DV01/DV02 may not lead its cluster.
 */
export function checkScores(snapshot: Snapshot, index: PlanIndex, prior: readonly Finding[]): ScoreCheck {
  const criteria = parseCriteria(snapshot, index);
  const findings: Finding[] = [...criteria.findings, ...checkCriteriaSums(criteria, index)];
  const barred = new Map<string, string>();
  for (const f of prior) {
    const reason = BARRED[f.code];
    if (reason && f.unit && !barred.has(nameKey(f.unit))) barred.set(nameKey(f.unit), reason);
  }
  const clusters: ClusterScores[] = [];
  const statuses: TabStatus[] = [];
  for (const cluster of index.plan.clusters) {
    const grid = findGrid(snapshot, scoreTabName(cluster.id));
    if (!grid) continue;
    if (!criteria.present && clusters.length === 0) {
      findings.push(
        error(
          "BT01",
          { sheet: TAB.criteria, row: null },
          `Thiếu trang tính '${TAB.criteria}': không có tiêu chí để chấm điểm. Hãy chạy Khởi tạo / cập nhật bảng tính để tạo lại, hoặc đổi tên trang đúng như vậy.`,
        ),
      );
    }
    const sheet = scoreSheet(grid, cluster, criteria.of(cluster.id), index);
    const { ranked, findings: rankFindings } = rankCluster(sheet, cluster.id, {
      scoreFloor: index.plan.scoreFloor,
      leadersPerCluster: index.plan.leadersPerCluster,
      barred,
    });
    // A cluster whose scoring has not started gets no DI finding (its rows are not yet scores).
    const own = [...sheet.findings, ...rankFindings].filter((f) => sheet.started || !f.code.startsWith("DI"));
    findings.push(...own);
    clusters.push({ cluster, sheet, ranked });
    statuses.push(tabStatus(grid.name, STATUS_HEADER, grid.values.length, own, sheet.dataRows));
  }
  return { criteria, clusters, findings, statuses };
}
