import { clusterTabName, SUBJECT } from "../../contract/workbook";
import { civilDateOf, compareCivil, formatCivil } from "../../dates";
import { clusterOfTab } from "../../plan/cluster-tab";
import { parsePlan } from "../../plan/parse-plan";
import type { Cluster, PlanIndex, Title } from "../../plan/types";
import { accessOf } from "../../registration-form/access";
import { checkClusterTab } from "../../registration-form/tab-check";
import type {
  ClusterOption,
  ContextResult,
  Failure,
  TitleOption,
  UnitRowsResult,
} from "../../registration-form/types";
import { readTabRegistrations } from "../../rules/registrations/registration";
import { findGrid, type Grid, type Snapshot } from "../../table";
import { nameKey } from "../../text/name-key";
import { quote } from "../../text/quote";
import { rowsOfUnit, unitsOf } from "./unit-rows";

const titleOption = (t: Title): TitleOption => ({
  name: t.name,
  abbreviation: t.abbreviation,
  requirement: t.requirement,
  requirementFor: [...t.requirementFor],
});

function clusterOption(cluster: Cluster, index: PlanIndex, grid: Grid | undefined, now: Date): ClusterOption {
  const regs = grid ? readTabRegistrations(grid, cluster, index) : [];
  const deadline = index.deadlineOf(cluster);
  const titles = (subject: string) => index.plan.titles.filter((t) => t.subject === subject).map(titleOption);
  return {
    id: cluster.id,
    name: cluster.name,
    collectiveOnly: cluster.collectiveOnly,
    deadline: deadline ? formatCivil(deadline) : "",
    // The date a registration sent now gets is the real day (never `Ngày tham chiếu`).
    late: deadline !== null && compareCivil(civilDateOf(now), deadline) > 0,
    units: unitsOf(cluster, index).map((u) => ({
      name: u.name,
      type: u.type,
      typeKey: u.typeKey,
      registered: regs.filter((r) => r.unit?.key === u.key).length,
    })),
    collectiveTitles: titles(SUBJECT.collective),
    individualTitles: cluster.collectiveOnly ? [] : titles(SUBJECT.individual),
  };
}

/** The cluster tabs the context of this user reads: those of the clusters they may register for. */
export function contextTabs(plan: Snapshot, user: string, now: Date, owner: () => string): string[] {
  const { index } = parsePlan(plan, now);
  const access = accessOf(index, user, owner);
  return access.ok ? access.clusters.map((c) => clusterTabName(c.id)) : [];
}

/**
 * What the sidebar opens with, bounded whatever the number of rows: the clusters this user may
 * register for (a head: theirs; an admin: all), their units with a count of their rows, the
 * titles. A unit's rows come when it is chosen (`unitRegistrations`). Plain JSON, no Date.
 * Bound: it holds no registration row, so its size grows with clusters × titles and with
 * units only — 18 KB for an admin of the 2020 template (10 clusters, 80 units, 10 titles) at
 * 100 rows as at 50 000 (tested under 32 KB).
 */
export function registrationContext(
  snapshot: Snapshot,
  user: string,
  now: Date,
  owner: () => string,
): ContextResult {
  const { index } = parsePlan(snapshot, now);
  const access = accessOf(index, user, owner);
  if (!access.ok) return access;
  return {
    ok: true,
    user,
    isAdmin: access.admin,
    year: index.plan.year,
    today: formatCivil(civilDateOf(now)),
    clusters: access.clusters.map((c) =>
      clusterOption(c, index, findGrid(snapshot, clusterTabName(c.id)), now),
    ),
  };
}

/** The registrations of one unit of a cluster tab, checked against the tab. */
export function unitRegistrations(
  located: { index: PlanIndex; cluster: Cluster },
  grid: Grid | null,
  unitName: string,
): UnitRowsResult | Failure {
  const unit = unitsOf(located.cluster, located.index).find((u) => nameKey(u.name) === nameKey(unitName));
  if (!unit) {
    return {
      ok: false,
      code: "UNKNOWN_UNIT",
      message: `Đơn vị ${quote(unitName)} không thuộc cụm ${located.cluster.id}.`,
    };
  }
  if (!grid || !clusterOfTab(located.index, grid.name)) return { ok: true, registrations: [] };
  return {
    ok: true,
    registrations: rowsOfUnit(unit, grid, checkClusterTab(grid, located.cluster, located.index)),
  };
}
