import { type CheckResult, checkWorkbook } from "../checks/check-workbook";
import { scoreTabName } from "../contract/workbook";
import type { CivilDate } from "../dates/civil-date";
import type { Snapshot } from "../table";
import { clusterDeadlines, type OpenTask, openTasks, reminderLead } from "./deadlines";
import { mergeLetters } from "./letters";
import type { AdminNotice, ClusterNotice, Lead, Letter } from "./notices";
import { clusterItems, itemsOf } from "./open-items";
import { withoutReferenceDate } from "./real-today";

export type { Lead, Letter } from "./notices";

/** The day's reminders: one letter per address, and addresses skipped as malformed. */
export interface DayPlan {
  readonly check: CheckResult;
  readonly today: CivilDate;
  readonly letters: readonly Letter[];
  readonly invalid: readonly string[];
}

/**
 * Plans the reminders of the real day of `now` (Asia/Ho_Chi_Minh; `Ngày tham chiếu` is ignored).
 * A day is a reminder day for a deadline when the deadline is N days away, N one of
 * `Nhắc việc trước (ngày)`. The deadlines: each cluster's registration deadline (its own, else
 * the general one), which is also its dossier's (HS03 checks `Ngày nộp` against it), and the
 * open tasks of `Tiến độ`, among them the scoring period's (see `isScoringTask`).
 *
 * - A cluster head (`Email cụm trưởng`) gets, for each of their clusters whose registration
 *   deadline is due, its units not registered (DV01) and dossier documents missing (HS01,
 *   HS02); and when a scoring task is due, its units with scores missing (DI02).
 * - An admin (`Email quản trị`), on any reminder day, gets the overdue and soon-due tasks
 *   (TD01, TD02) and what each due cluster still owes.
 *
 * Nothing to say, no letter: a head whose clusters owe nothing gets none. Recipients are only
 * the addresses of those two settings, so never an address the workbook does not hold.
 */
export function planDay(snapshot: Snapshot, now: Date): DayPlan {
  const snap = withoutReferenceDate(snapshot);
  const check = checkWorkbook(snap, now);
  const { plan } = check.index;
  const today = plan.today;
  const days = plan.reminderDays;
  if (days.length === 0) return { check, today, letters: [], invalid: [] };

  const items = clusterItems(check, snap);
  const tasks = openTasks(snap);
  const leadOf = (deadline: CivilDate): Lead | null => {
    const n = reminderLead(today, deadline, days);
    return n === null ? null : { deadline, daysLeft: n };
  };
  const scoringDue = tasks
    .filter((t) => t.scoring)
    .map((task) => ({ task, lead: leadOf(task.deadline) }))
    .filter((s): s is { task: OpenTask; lead: Lead } => s.lead !== null)
    .sort((a, b) => a.lead.daysLeft - b.lead.daysLeft)[0];

  const notices: ClusterNotice[] = [];
  const leads: Lead[] = [];
  for (const { cluster, deadline } of clusterDeadlines(check.index)) {
    const lead = leadOf(deadline);
    if (lead) leads.push(lead);
    const { unregistered, missingDocuments, unscored } = itemsOf(items, cluster);
    const registration =
      lead && (unregistered.length > 0 || missingDocuments.length > 0)
        ? { ...lead, unregistered, missingDocuments }
        : null;
    const scoring =
      scoringDue && unscored.length > 0
        ? { ...scoringDue.lead, task: scoringDue.task, sheet: scoreTabName(cluster.id), unscored }
        : null;
    if (registration || scoring) notices.push({ cluster, registration, scoring });
  }
  for (const task of tasks) {
    const lead = leadOf(task.deadline);
    if (lead) leads.push(lead);
  }

  const admin = adminNotice(check, notices, scoringDue ? scoredIds(check) : null);
  const { letters, invalid } = mergeLetters(notices, plan.admins, leads.length > 0 ? admin : null, leads);
  return { check, today, letters, invalid };
}

/** The admins' notice, or null when there is nothing to tell them. */
function adminNotice(
  check: CheckResult,
  clusters: readonly ClusterNotice[],
  scored: ReadonlySet<string> | null,
): AdminNotice | null {
  const overdue = check.findings.filter((f) => f.code === "TD01");
  const dueSoon = check.findings.filter((f) => f.code === "TD02");
  const unprepared = scored ? check.index.plan.clusters.filter((c) => !scored.has(c.id)) : [];
  const empty = overdue.length + dueSoon.length + clusters.length + unprepared.length === 0;
  return empty ? null : { overdue, dueSoon, clusters, unprepared };
}

const scoredIds = (check: CheckResult): Set<string> =>
  new Set(check.scores.clusters.map((c) => c.cluster.id));
