import { cellText } from "../cell";
import { SCORE, SCORE_TAB_HEADERS, scoreTabName } from "../contract/workbook";
import type { PlanIndex } from "../plan/types";
import { SCORE_TAB_LAYOUT } from "../setup/layout";
import { planTab, type TabPlan } from "../setup/plan-tab";
import { findGrid, type Snapshot, toTable } from "../table";
import { nameKey } from "../text/name-key";
import { headerKey } from "../text/normalize";
import type { WriteValue } from "../write-value";
import { type Criteria, codeKey } from "./criteria";

export interface ScoreSheetPlan {
  readonly clusterId: string;
  /** The tab as setup plans it: created or completed, `rows` appended below the last used row. */
  readonly tab: TabPlan;
}

/**
 * Plans `Chuẩn bị bảng chấm điểm`: for each cluster, its `Điểm Cụm N` tab with
 * one row per unit of the cluster × criterion of the cluster (own and `*`),
 * `Nội dung` and `Điểm tối đa` copied. Only the missing unit × criterion rows are
 * appended; existing rows, scores included, are never rewritten.
 */
export function planScoreSheets(snapshot: Snapshot, index: PlanIndex, criteria: Criteria): ScoreSheetPlan[] {
  return index.plan.clusters.map((cluster) => {
    const grid = findGrid(snapshot, scoreTabName(cluster.id));
    const tab = planTab(
      { tab: scoreTabName(cluster.id), headers: SCORE_TAB_HEADERS, layout: SCORE_TAB_LAYOUT },
      grid,
    );
    const present = new Set<string>();
    if (grid) {
      const table = toTable(grid);
      for (const r of table.rows) {
        present.add(
          `${nameKey(cellText(table.get(r, SCORE.unit)))}|${codeKey(table.get(r, SCORE.criterion))}`,
        );
      }
    }
    const col = new Map(tab.headers.map((h, i) => [headerKey(h), i]));
    const list = criteria.of(cluster.id);
    const rows: WriteValue[][] = [];
    const units = index.plan.units.filter((u) => index.cluster(u.clusterId)?.key === cluster.key);
    for (const unit of units) {
      for (const c of list) {
        if (present.has(`${unit.key}|${c.key}`)) continue;
        const row: WriteValue[] = tab.headers.map(() => "");
        const put = (header: string, value: string | number) => {
          const i = col.get(headerKey(header));
          if (i !== undefined) row[i] = value;
        };
        put(SCORE.unit, unit.name);
        put(SCORE.criterion, c.code);
        put(SCORE.content, c.content);
        put(SCORE.max, c.max);
        rows.push(row);
      }
    }
    return { clusterId: cluster.id, tab: { ...tab, rows } };
  });
}
