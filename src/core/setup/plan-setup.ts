import { cellText } from "../cell";
import {
  CLUSTER,
  CLUSTER_TAB_HEADERS,
  CONFIG,
  clusterTabName,
  DOSSIER,
  HEADERS,
  TAB,
} from "../contract/workbook";
import { findGrid, type Snapshot, toTable } from "../table";
import { headerKey } from "../text/normalize";
import { CLUSTER_TAB_LAYOUT, TAB_LAYOUT } from "./layout";
import { planTab, type RowRecord, type TabPlan, type TabSpec } from "./plan-tab";

/** The year's template: rows per fixed tab and the headers that identify a row. */
export interface SetupTemplate {
  readonly rows: Readonly<Record<string, readonly RowRecord[]>>;
  readonly keys: Readonly<Record<string, readonly string[]>>;
  readonly guide: readonly (readonly string[])[];
}

export interface SetupPlan {
  readonly tabs: readonly TabPlan[];
  /** Rows of `Hướng dẫn` when the tab is missing, else null. */
  readonly guide: readonly (readonly string[])[] | null;
  /** Tabs whose template rows are settled after this run (remembered, so a deleted template row stays deleted). */
  readonly seeded: readonly string[];
}

/** Tabs whose rows are always completed from the template, whatever was seeded before. */
const ALWAYS_COMPLETE = new Set<string>([TAB.config]);

/**
 * Plans setup of the workbook: every missing tab, every missing column (at the
 * end), template rows not there yet, and a `Cụm N` tab per cluster. Template rows
 * are added once per tab: a row the office deletes later is not brought back.
 */
export function planSetup(
  snapshot: Snapshot,
  template: SetupTemplate,
  seededBefore: ReadonlySet<string>,
): SetupPlan {
  const tabs: TabPlan[] = [];
  const seeded = new Set(seededBefore);
  const fixed = Object.keys(HEADERS);

  const plan = (spec: TabSpec): TabPlan => {
    const grid = findGrid(snapshot, spec.tab);
    const seedNow = !grid || !seededBefore.has(spec.tab) || ALWAYS_COMPLETE.has(spec.tab);
    const p = planTab(seedNow ? spec : { ...spec, templateRows: [] }, grid);
    // A tab left alone (headers on a lower row) gets its template rows once it is fixed.
    if (spec.templateRows && p.misplacedHeaderRow === null) seeded.add(spec.tab);
    tabs.push(p);
    return p;
  };

  let clustersPlan: TabPlan | undefined;
  for (const tab of fixed) {
    if (tab === TAB.dossier) continue; // after the clusters are known
    const p = plan({
      tab,
      headers: HEADERS[tab] ?? [],
      layout: TAB_LAYOUT[tab] ?? {},
      templateRows: template.rows[tab],
      fillFrom: template.rows[tab],
      keyHeaders: template.keys[tab] ?? (tab === TAB.config ? [CONFIG.key] : []),
    });
    if (tab === TAB.clusters) clustersPlan = p;
  }

  const ids = clusterIds(snapshot, clustersPlan);
  plan({
    tab: TAB.dossier,
    headers: HEADERS[TAB.dossier] ?? [],
    layout: TAB_LAYOUT[TAB.dossier] ?? {},
    templateRows: ids.map((id) => ({ [DOSSIER.cluster]: id })),
    keyHeaders: [DOSSIER.cluster],
  });
  for (const id of ids) {
    plan({ tab: clusterTabName(id), headers: CLUSTER_TAB_HEADERS, layout: CLUSTER_TAB_LAYOUT });
  }

  const guide = findGrid(snapshot, TAB.guide) ? null : template.guide;
  return { tabs, guide, seeded: [...seeded].sort() };
}

/** Cluster ids in `Cụm thi đua`: the existing rows, then the template rows being added. */
function clusterIds(snapshot: Snapshot, clustersPlan: TabPlan | undefined): string[] {
  const ids: string[] = [];
  const grid = findGrid(snapshot, TAB.clusters);
  if (grid) {
    const table = toTable(grid);
    for (const row of table.rows) ids.push(cellText(table.get(row, CLUSTER.id)).trim());
  }
  if (clustersPlan) {
    const col = clustersPlan.headers.findIndex((h) => headerKey(h) === headerKey(CLUSTER.id));
    for (const row of clustersPlan.rows) {
      const v = row[col];
      if (typeof v === "string" || typeof v === "number") ids.push(String(v).trim());
    }
  }
  return [...new Set(ids.filter((id) => id !== ""))];
}
