import { TAB } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { warning } from "../findings/make";
import type { PlanIndex } from "../plan/types";
import type { Criteria } from "./criteria";
import { formatPoints, round2 } from "./score-cell";

/**
 * DI08: every cluster's base criteria should add up to the same maximum, so that
 * totals compare across clusters. The reference is the sum most clusters share
 * (the larger one on a tie); each cluster that differs gets one warning.
 */
export function checkCriteriaSums(criteria: Criteria, index: PlanIndex): Finding[] {
  if (criteria.all.length === 0) return [];
  const sums = index.plan.clusters.map((cluster) => {
    const own = criteria.of(cluster.id).filter((c) => c.kind === "base");
    return { cluster, sum: round2(own.reduce((s, c) => s + c.max, 0)), first: own[0]?.row ?? null };
  });
  const counts = new Map<number, number>();
  for (const s of sums) counts.set(s.sum, (counts.get(s.sum) ?? 0) + 1);
  const reference = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (reference === undefined) return [];
  return sums
    .filter((s) => s.sum !== reference)
    .map((s) =>
      warning(
        "DI08",
        { sheet: TAB.criteria, row: s.first },
        s.sum === 0
          ? `Cụm ${s.cluster.id} chưa có tiêu chí nào loại 'Tiêu chí' trong trang Tiêu chí, trong khi các cụm khác có tổng điểm tối đa ${formatPoints(reference)}.`
          : `Các tiêu chí của cụm ${s.cluster.id} cộng lại tối đa ${formatPoints(s.sum)} điểm, khác với ${formatPoints(reference)} điểm của các cụm khác: tổng điểm giữa các cụm sẽ không so sánh được.`,
      ),
    );
}
