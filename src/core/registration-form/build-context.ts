import { clusterTabName, SUBJECT } from "../contract/workbook";
import { formatCivil } from "../dates";
import type { Cluster, PlanIndex, Title } from "../plan/types";
import { findGrid, type Snapshot } from "../table";
import type { Access } from "./access";
import { checkClusterTab, existingRow, type TabCheck } from "./tab-check";
import type { ClusterOption, RegistrationContext, TitleOption, UnitOption } from "./types";

const titleOption = (t: Title): TitleOption => ({
  name: t.name,
  abbreviation: t.abbreviation,
  requirement: t.requirement,
  requirementFor: [...t.requirementFor],
});

/** The units a cluster may register: its own, of an allowed type (others would be DK03/DK06). */
export function unitsOf(cluster: Cluster, index: PlanIndex) {
  return index.plan.units.filter(
    (u) =>
      index.cluster(u.clusterId)?.key === cluster.key &&
      (cluster.unitTypes.length === 0 || cluster.unitTypes.includes(u.typeKey)),
  );
}

/** The units of a cluster with their current registrations, from a checked tab. */
export function unitOptions(cluster: Cluster, index: PlanIndex, check: TabCheck | null): UnitOption[] {
  return unitsOf(cluster, index).map((u) => ({
    name: u.name,
    type: u.type,
    typeKey: u.typeKey,
    registrations: (check?.regs ?? [])
      .filter((r) => r.unit?.key === u.key)
      .map((r) => existingRow(r, check as TabCheck)),
  }));
}

function clusterOption(cluster: Cluster, index: PlanIndex, snapshot: Snapshot): ClusterOption {
  const grid = findGrid(snapshot, clusterTabName(cluster.id));
  const check = grid ? checkClusterTab(grid, cluster, index) : null;
  const deadline = index.deadlineOf(cluster);
  const titles = (subject: string) => index.plan.titles.filter((t) => t.subject === subject).map(titleOption);
  return {
    id: cluster.id,
    name: cluster.name,
    collectiveOnly: cluster.collectiveOnly,
    deadline: deadline ? formatCivil(deadline) : "",
    units: unitOptions(cluster, index, check),
    collectiveTitles: titles(SUBJECT.collective),
    individualTitles: cluster.collectiveOnly ? [] : titles(SUBJECT.individual),
  };
}

/**
 * Everything the sidebar needs in one answer: the clusters this user may
 * register for, their units, the titles each may register, and each unit's
 * existing rows with their status. Plain JSON: no Date anywhere.
 */
export function buildContext(
  index: PlanIndex,
  access: Extract<Access, { ok: true }>,
  snapshot: Snapshot,
  user: string,
): RegistrationContext {
  return {
    ok: true,
    user,
    isAdmin: access.admin,
    year: index.plan.year,
    clusters: access.clusters.map((c) => clusterOption(c, index, snapshot)),
  };
}
