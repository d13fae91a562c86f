import { TAB, TITLE } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import type { Snapshot } from "../table";
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
  const references: Finding[] = [];
  for (const t of titles.titles) {
    const refs: [string, string][] = [[TITLE.prerequisite, t.prerequisite]];
    if (t.maxShare) refs.push([TITLE.maxShare, t.maxShare.of]);
    for (const [column, ref] of refs) {
      if (ref && !index.title(ref)) {
        const hint = index.suggestTitle(ref);
        references.push(
          error(
            "BT03",
            { sheet: TAB.titles, row: t.row, column },
            `Danh hiệu '${t.name}': '${column}' nhắc tới '${ref}', không có trong trang Danh hiệu${hint ? ` — có phải '${hint}'?` : "."}`,
          ),
        );
      }
    }
  }
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
