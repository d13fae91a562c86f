import { CAMPAIGN, clusterTabName, DOSSIER, STATUS_HEADER, TAB, TASK } from "../contract/workbook";
import type { Finding, Severity } from "../findings/finding";
import { groupBy } from "../group-by";
import { parsePlan } from "../plan/parse-plan";
import type { PlanIndex } from "../plan/types";
import { checkCampaigns } from "../rules/campaigns/check-campaigns";
import { checkDossier } from "../rules/dossier/check-dossier";
import { checkRow } from "../rules/registrations/check-row";
import { checkSets } from "../rules/registrations/check-sets";
import { readRegistrations } from "../rules/registrations/registration";
import { checkTimeline } from "../rules/timeline/check-timeline";
import { checkUnits } from "../rules/units/check-units";
import { checkScores } from "../scoring/check-scores";
import { findGrid, type Snapshot, toTable } from "../table";
import { statusText, worstSeverity } from "./status-text";

/** What one tab's status column should say, row by row (1-based sheet rows). */
export interface TabStatus {
  readonly sheet: string;
  readonly header: string;
  /** Rows 2..lastRow: the status text ('' for rows that are not data) and the worst severity. */
  readonly rows: readonly { readonly text: string; readonly severity: Severity | null }[];
}

export interface CheckResult {
  readonly index: PlanIndex;
  readonly findings: readonly Finding[];
  readonly statuses: readonly TabStatus[];
}

/** Runs every check of RULES.md (BT, DK, DV, HS, CD, TD) over a snapshot of the workbook. */
export function checkWorkbook(snapshot: Snapshot, now: Date): CheckResult {
  const { index, findings: structure } = parsePlan(snapshot, now);
  const regs = readRegistrations(snapshot, index);
  const rowFindings = regs.flatMap((r) => checkRow(r, index));
  const timeline = checkTimeline(snapshot, index);
  const findings = [
    ...structure,
    ...checkUnits(regs, index),
    ...rowFindings,
    ...checkSets(regs, index),
    ...checkDossier(snapshot, index),
    ...checkCampaigns(snapshot, index),
    ...timeline.findings,
  ];
  const scores = checkScores(snapshot, index, findings); // DI01–DI08 and the score tabs' statuses
  findings.push(...scores.findings);

  const statuses: TabStatus[] = [];
  const dataRows = new Map<string, Set<number>>();
  const mark = (sheet: string, row: number) => {
    const set = dataRows.get(sheet) ?? new Set<number>();
    set.add(row);
    dataRows.set(sheet, set);
  };
  for (const r of regs) mark(r.sheet, r.row);
  const statusTabs = [...index.plan.clusters.map((c) => clusterTabName(c.id)), TAB.dossier, TAB.campaigns];
  for (const tab of statusTabs) {
    const grid = findGrid(snapshot, tab);
    if (!grid) continue;
    const table = toTable(grid);
    if (!table.has(STATUS_HEADER)) continue;
    if (tab === TAB.dossier || tab === TAB.campaigns) {
      const key = tab === TAB.dossier ? DOSSIER.cluster : CAMPAIGN.name;
      for (const row of table.rows)
        if (String(table.get(row, key)).trim() !== "") mark(grid.name, row.rowNumber);
    }
    statuses.push(tabStatus(grid.name, grid.values.length, dataRows.get(grid.name), findings, STATUS_HEADER));
  }
  statuses.push(...scores.statuses);
  const timelineGrid = findGrid(snapshot, TAB.timeline);
  if (timelineGrid) {
    const states = new Map(timeline.states.map((s) => [s.row, s.state]));
    const tdFindings = findings.filter((f) => f.sheet === timelineGrid.name);
    statuses.push({
      sheet: timelineGrid.name,
      header: TASK.state,
      rows: rowsOf(timelineGrid.values.length, (row) => ({
        text: states.get(row) ?? "",
        severity: worstSeverity(tdFindings.filter((f) => f.row === row)),
      })),
    });
  }
  return { index, findings, statuses };
}

function tabStatus(
  sheet: string,
  height: number,
  dataRows: ReadonlySet<number> | undefined,
  findings: readonly Finding[],
  header: string,
): TabStatus {
  const byRow = groupBy(
    findings.filter((f) => f.sheet === sheet && f.row !== null && f.row >= 2),
    (f) => f.row,
  );
  return {
    sheet,
    header,
    rows: rowsOf(height, (row) => {
      const own = byRow.get(row) ?? [];
      if (!dataRows?.has(row) && own.length === 0) return { text: "", severity: null };
      return { text: statusText(own), severity: worstSeverity(own) };
    }),
  };
}

const rowsOf = <T>(height: number, f: (row: number) => T): T[] =>
  Array.from({ length: Math.max(height - 1, 0) }, (_, i) => f(i + 2));
