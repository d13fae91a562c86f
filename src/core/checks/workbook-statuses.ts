import { CAMPAIGN, clusterTabName, DOSSIER, STATUS_HEADER, TAB, TASK } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import type { PlanIndex } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import type { TaskState } from "../rules/timeline/check-timeline";
import { findGrid, type Snapshot, toTable } from "../table";
import { statusRows, type TabStatus, tabStatus } from "./status";

/** The key cell that makes a row of `Hồ sơ cụm` or `Chuyên đề` a data row. */
const KEY: Record<string, string> = { [TAB.dossier]: DOSSIER.cluster, [TAB.campaigns]: CAMPAIGN.name };

/**
 * The status columns of the cluster tabs, `Hồ sơ cụm` and `Chuyên đề` (findings per row), and
 * `Trạng thái` of `Tiến độ` (each task's state, highlighted by its TD finding).
 */
export function workbookStatuses(
  snapshot: Snapshot,
  index: PlanIndex,
  regs: readonly Registration[],
  findings: readonly Finding[],
  states: readonly TaskState[],
): TabStatus[] {
  const statuses: TabStatus[] = [];
  const tabs = [...index.plan.clusters.map((c) => clusterTabName(c.id)), TAB.dossier, TAB.campaigns];
  for (const tab of tabs) {
    const grid = findGrid(snapshot, tab);
    if (!grid) continue;
    const table = toTable(grid);
    if (!table.has(STATUS_HEADER)) continue;
    const key = KEY[tab];
    const dataRows = new Set(
      key
        ? table.rows.filter((r) => String(table.get(r, key)).trim() !== "").map((r) => r.rowNumber)
        : regs.filter((r) => r.sheet === grid.name).map((r) => r.row),
    );
    statuses.push(tabStatus(grid.name, STATUS_HEADER, grid.values.length, findings, dataRows));
  }
  const timeline = findGrid(snapshot, TAB.timeline);
  if (timeline) {
    const state = new Map(states.map((s) => [s.row, s.state]));
    const own = findings.filter((f) => f.sheet === timeline.name);
    const severities = statusRows(own, 2, timeline.values.length, () => false);
    statuses.push({
      sheet: timeline.name,
      header: TASK.state,
      rows: severities.map((r, i) => ({ text: state.get(i + 2) ?? "", severity: r.severity })),
    });
  }
  return statuses;
}
