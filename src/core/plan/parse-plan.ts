import type { Finding } from "../findings/finding";
import type { Snapshot } from "../table";
import { checkReferences } from "./check-references";
import { parseClusters } from "./parse-clusters";
import { parseSettings } from "./parse-settings";
import { missingColumns, missingTabs } from "./parse-structure";
import { parseTitles } from "./parse-titles";
import { parseUnits } from "./parse-units";
import { indexPlan } from "./plan-index";
import type { PlanIndex } from "./types";

/**
 * Reads the setup tabs into the year's plan. A broken setup never throws: it
 * becomes BT01–BT04 findings and the plan keeps what is usable.
 */
export function parsePlan(snapshot: Snapshot, now: Date): { index: PlanIndex; findings: Finding[] } {
  const settings = parseSettings(snapshot, now);
  const clusters = parseClusters(snapshot);
  const ids = clusters.clusters.map((c) => c.id);
  const units = parseUnits(snapshot, clusters.clusters);
  const titles = parseTitles(snapshot);
  const index = indexPlan({
    ...settings.settings,
    clusters: clusters.clusters,
    units: units.units,
    titles: titles.titles,
  });
  const references = checkReferences(index);
  return {
    index,
    findings: [
      ...missingTabs(snapshot, ids),
      ...missingColumns(snapshot, ids),
      ...settings.findings,
      ...clusters.findings,
      ...units.findings,
      ...titles.findings,
      ...references,
    ],
  };
}
