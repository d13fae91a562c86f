import type { Cluster, PlanIndex, Unit } from "../../plan/types";
import { existingRow, type TabCheck } from "../../registration-form/tab-check";
import type { ExistingRow } from "../../registration-form/types";
import type { Grid } from "../../table";

/** The units a cluster may register: its own, of an allowed type (others would be DK03/DK06). */
export function unitsOf(cluster: Cluster, index: PlanIndex): Unit[] {
  return index.plan.units.filter(
    (u) =>
      index.cluster(u.clusterId)?.key === cluster.key &&
      (cluster.unitTypes.length === 0 || cluster.unitTypes.includes(u.typeKey)),
  );
}

/** A unit's registrations in a checked tab, as the sidebar lists them. */
export function rowsOfUnit(unit: Unit, grid: Grid, check: TabCheck): ExistingRow[] {
  return check.regs
    .filter((r) => r.unit?.key === unit.key)
    .map((r) => existingRow(r, check, grid.values[r.row - 1] ?? []));
}
