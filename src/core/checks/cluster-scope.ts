import { cellText } from "../cell";
import { clusterTabName, DOSSIER, scoreTabName, TAB } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { sameTabName } from "../plan/cluster-tab";
import type { Cluster, PlanIndex } from "../plan/types";
import { findGrid, type Snapshot, toTable } from "../table";

/** Part of the workbook: the tabs, units and setup rows of some clusters (a cluster head's own). */
export interface ClusterScope {
  readonly clusters: readonly Cluster[];
  /** Their `Cụm N` and `Điểm Cụm N` tabs, as the contract names them. */
  readonly tabs: readonly string[];
  /** Is this tab one of theirs? */
  hasTab(name: string): boolean;
  /** Is this finding about them: on their tabs, about their units, or on their rows of `Cụm thi đua` and `Hồ sơ cụm`? */
  covers(finding: Finding): boolean;
}

/** The scope of these clusters in this workbook. */
export function clusterScope(
  snapshot: Snapshot,
  index: PlanIndex,
  clusters: readonly Cluster[],
): ClusterScope {
  const ids = new Set(clusters.map((c) => c.key));
  const tabs = clusters.flatMap((c) => [clusterTabName(c.id), scoreTabName(c.id)]);
  const hasTab = (name: string) => tabs.some((t) => sameTabName(t, name));
  const clusterRows = new Set(clusters.map((c) => c.row));
  const dossierRows = new Set<number>();
  const dossier = findGrid(snapshot, TAB.dossier);
  if (dossier) {
    const table = toTable(dossier);
    for (const row of table.rows) {
      const cluster = index.cluster(cellText(table.get(row, DOSSIER.cluster)));
      if (cluster && ids.has(cluster.key)) dossierRows.add(row.rowNumber);
    }
  }
  const ownUnit = (name: string | undefined): boolean => {
    const unit = name ? index.unit(name) : undefined;
    const cluster = unit ? index.cluster(unit.clusterId) : undefined;
    return cluster !== undefined && ids.has(cluster.key);
  };
  const covers = (f: Finding): boolean => {
    if (f.sheet !== null && hasTab(f.sheet)) return true;
    if (f.sheet === TAB.units || (f.sheet === null && f.unit)) return ownUnit(f.unit);
    if (f.row === null || f.sheet === null) return false;
    if (sameTabName(f.sheet, TAB.clusters)) return clusterRows.has(f.row);
    if (sameTabName(f.sheet, TAB.dossier)) return dossierRows.has(f.row);
    return false;
  };
  return { clusters, tabs, hasTab, covers };
}
