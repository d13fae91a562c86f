import { clusterTabName } from "../contract/workbook";
import { headerKey } from "../text/normalize";
import type { Cluster, PlanIndex } from "./types";

/**
 * Do two tab names name the same tab? One rule for every part of the add-on: case, Unicode
 * form and spacing do not count ("Cụm 3", "CỤM 3", "Cụm 3 ").
 */
export const sameTabName = (a: string, b: string): boolean => headerKey(a) === headerKey(b);

/** The cluster whose registration tab this is, or undefined for any other tab. */
export function clusterOfTab(index: PlanIndex, tabName: string): Cluster | undefined {
  return index.plan.clusters.find((c) => sameTabName(clusterTabName(c.id), tabName));
}

/** A quick test before the plan is read: could this tab be a cluster tab (`Cụm …`)? */
export const mayBeClusterTab = (tabName: string): boolean =>
  headerKey(tabName).startsWith(`${headerKey(clusterTabName(""))} `);
