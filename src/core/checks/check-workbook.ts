import { PLAN_TIME_ZONE } from "../dates";
import type { Finding } from "../findings/finding";
import { checkTimeZone } from "../plan/check-time-zone";
import { parsePlan } from "../plan/parse-plan";
import { unreadableClusterTabs } from "../plan/parse-structure";
import type { PlanIndex } from "../plan/types";
import { checkCampaigns } from "../rules/campaigns/check-campaigns";
import { checkDossier } from "../rules/dossier/check-dossier";
import { checkRegistrations } from "../rules/registrations/check-registrations";
import { type Registration, readRegistrations } from "../rules/registrations/registration";
import { checkTimeline, type TaskState } from "../rules/timeline/check-timeline";
import { checkUnits } from "../rules/units/check-units";
import { checkScores, type ScoreCheck } from "../scoring/check-scores";
import type { Snapshot } from "../table";
import { checkYearEnd, type HistoryEntry, readHistory, type YearEndEvaluation } from "../year-end";
import type { TabStatus } from "./status";
import { workbookStatuses } from "./workbook-statuses";

export interface CheckResult {
  readonly index: PlanIndex;
  readonly regs: readonly Registration[];
  readonly findings: readonly Finding[];
  readonly statuses: readonly TabStatus[];
  readonly scores: ScoreCheck;
  /** The state of each task of `Tiến độ` (its `Trạng thái`), by row. */
  readonly tasks: readonly TaskState[];
  /** `Lịch sử khen thưởng` as read (no entries without the tab). */
  readonly history: readonly HistoryEntry[];
  /** KT01–KT09 and the verdicts, once any `Kết quả bình xét` is entered; null before. */
  readonly yearEnd: YearEndEvaluation | null;
}

/** The units the scoring proposes as cluster leaders, by unit key. */
const leadersOf = (scores: ScoreCheck): Set<string> =>
  new Set(scores.clusters.flatMap((c) => c.ranked.filter((r) => r.leader).map((r) => r.score.unit.key)));

/**
 * The whole pipeline, once: the spreadsheet's time zone (`timeZone`), the plan, the
 * registrations, the units, the dossier, the campaigns, the timeline, then the scores (which
 * need the units' DV findings), then, once a `Kết quả bình xét` is entered, the year-end
 * conditions (which need all of those and `Lịch sử khen thưởng`); every finding of RULES.md and
 * each tab's status column.
 */
export function checkWorkbook(snapshot: Snapshot, now: Date, timeZone: string = PLAN_TIME_ZONE): CheckResult {
  const { index, findings: plan } = parsePlan(snapshot, now);
  const structure = [...checkTimeZone(timeZone), ...plan];
  const regs = readRegistrations(snapshot, index);
  const unreadable = unreadableClusterTabs(
    snapshot,
    index.plan.clusters.map((c) => c.id),
  );
  const timeline = checkTimeline(snapshot, index);
  const findings: Finding[] = [
    ...structure,
    ...checkUnits(regs, index, unreadable),
    ...checkRegistrations(regs, index),
    ...checkDossier(snapshot, index),
    ...checkCampaigns(snapshot, index),
    ...timeline.findings,
  ];
  const scores = checkScores(snapshot, index, findings);
  findings.push(...scores.findings);
  const history = readHistory(snapshot, index);
  findings.push(...history.findings);
  const yearEnd = regs.some((r) => r.result.outcome !== "")
    ? checkYearEnd({
        registrations: regs,
        findings,
        leaders: leadersOf(scores),
        history: history.entries,
        index,
      })
    : null;
  if (yearEnd) findings.push(...yearEnd.findings);
  const statuses = [
    ...workbookStatuses(snapshot, index, regs, findings, timeline.states),
    ...scores.statuses,
  ];
  return {
    index,
    regs,
    findings,
    statuses,
    scores,
    tasks: timeline.states,
    history: history.entries,
    yearEnd,
  };
}
