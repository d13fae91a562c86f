import { cellText } from "../cell";
import type { CheckResult } from "../checks/check-workbook";
import { DOSSIER, TAB } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import type { Cluster } from "../plan/types";
import { findGrid, type Snapshot, toTable } from "../table";
import { nameKey } from "../text/name-key";

/** A unit whose score tab still lacks scores (DI02), with how many base criteria have none. */
export interface Unscored {
  readonly unit: string;
  readonly criteria: number;
}

/** What a cluster still owes, as the full check found it. */
export interface ClusterItems {
  /** Units with no registration at all (DV01), as named in `Đơn vị`. */
  readonly unregistered: readonly string[];
  /** Documents of `Hồ sơ cụm` missing (HS02), by column name; all five when the cluster has no row (HS01). */
  readonly missingDocuments: readonly string[];
  readonly unscored: readonly Unscored[];
}

const EMPTY: ClusterItems = { unregistered: [], missingDocuments: [], unscored: [] };

/**
 * Groups the findings of the full check (DV01, HS01, HS02, DI02) by cluster: no rule is run
 * again here. A DV01 or DI02 finding names its unit, whose cluster `Đơn vị` gives; an HS02
 * finding's row is read back in `Hồ sơ cụm` for its `Số cụm`; an HS01 finding is about the
 * cluster its message starts with ("Cụm 3 …"), the only place the finding names it.
 */
export function clusterItems(check: CheckResult, snapshot: Snapshot): Map<string, ClusterItems> {
  const { index } = check;
  const items = new Map<
    string,
    { unregistered: string[]; missingDocuments: string[]; unscored: Unscored[] }
  >();
  const of = (cluster: Cluster | undefined) => {
    if (!cluster) return null;
    let entry = items.get(cluster.id);
    if (!entry) {
      entry = { unregistered: [], missingDocuments: [], unscored: [] };
      items.set(cluster.id, entry);
    }
    return entry;
  };
  const clusterOfUnit = (f: Finding) => {
    const unit = f.unit ? index.unit(f.unit) : undefined;
    return unit ? index.cluster(unit.clusterId) : undefined;
  };
  const dossierCluster = dossierRows(snapshot, check);
  const missingScores = unscoredCounts(check);
  for (const f of check.findings) {
    if (f.code === "DV01" && f.unit) of(clusterOfUnit(f))?.unregistered.push(f.unit);
    else if (f.code === "HS02" && f.row !== null && f.column) {
      of(dossierCluster.get(f.row))?.missingDocuments.push(f.column);
    } else if (f.code === "HS01") {
      const cluster = index.plan.clusters.find((c) => f.message.startsWith(`Cụm ${c.id} `));
      of(cluster)?.missingDocuments.push(
        DOSSIER.plan,
        DOSSIER.regulation,
        DOSSIER.criteria,
        DOSSIER.covenant,
        DOSSIER.list,
      );
    } else if (f.code === "DI02" && f.unit) {
      const entry = of(clusterOfUnit(f));
      if (entry && !entry.unscored.some((u) => u.unit === f.unit)) {
        entry.unscored.push({ unit: f.unit, criteria: missingScores.get(nameKey(f.unit)) ?? 1 });
      }
    }
  }
  return items;
}

/** The items of one cluster (none when it owes nothing). */
export const itemsOf = (items: ReadonlyMap<string, ClusterItems>, cluster: Cluster): ClusterItems =>
  items.get(cluster.id) ?? EMPTY;

/** The cluster of each data row of `Hồ sơ cụm`, by 1-based row. */
function dossierRows(snapshot: Snapshot, check: CheckResult): Map<number, Cluster> {
  const out = new Map<number, Cluster>();
  const grid = findGrid(snapshot, TAB.dossier);
  if (!grid) return out;
  const table = toTable(grid);
  for (const row of table.rows) {
    const cluster = check.index.cluster(cellText(table.get(row, DOSSIER.cluster)));
    if (cluster) out.set(row.rowNumber, cluster);
  }
  return out;
}

/** Base criteria without a usable score, per unit key, as the score check counted them. */
function unscoredCounts(check: CheckResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of check.scores.clusters) for (const u of c.sheet.units) out.set(u.unit.key, u.missing);
  return out;
}
