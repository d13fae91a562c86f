import { cellText } from "../cell";
import { TAB, TASK } from "../contract/workbook";
import type { CivilDate } from "../dates/civil-date";
import { parseDateCell } from "../dates/parse";
import { daysBetween } from "../dates/zone";
import type { Cluster, PlanIndex } from "../plan/types";
import { findGrid, type Snapshot, toTable } from "../table";
import { nameKey } from "../text/name-key";
import { cleanText } from "../text/normalize";

/** A task of `Tiến độ` that has a usable `Hạn` and no `Ngày hoàn thành` yet. */
export interface OpenTask {
  readonly row: number;
  /** `STT` as written ('' when blank). */
  readonly no: string;
  readonly content: string;
  readonly deadline: CivilDate;
  /** A task of the scoring period: see {@link isScoringTask}. */
  readonly scoring: boolean;
}

// Words of the scoring tasks, as name keys (case and tone placement do not count).
const SCORING_WORDS = ["chấm điểm", "chấm chéo"].map(nameKey);

/**
 * Is this task of `Tiến độ` part of the scoring period? Yes when its `Nội dung thực hiện`
 * speaks of scoring ("chấm điểm" or "chấm chéo"). In the 2020 appendix that is task 23 only
 * ("Các đơn vị, cụm thi đua … tự chấm điểm thi đua và tham gia chấm chéo điểm thi đua, bình xét
 * …", by 10/11/2020): the one deadline by which every cluster's `Điểm Cụm N` must be complete.
 * Task 22 ("Tiếp nhận chấm, xét công nhận đề tài sáng kiến") grades initiatives, not clusters,
 * and task 24 (cluster deliberation by 20/11) comes after the scores are in. Reading the words
 * rather than a task number keeps another year's or another council's timeline working.
 */
export function isScoringTask(content: string): boolean {
  const key = nameKey(content);
  return SCORING_WORDS.some((w) => key.includes(w));
}

/**
 * The open tasks of `Tiến độ`: a `Hạn` that is a date and a `Ngày hoàn thành` that is not
 * (the same reading of "done" as the timeline check). Rows without a usable `Hạn` are left
 * to TD03; a missing tab or column gives none (BT01/BT02 report it).
 */
export function openTasks(snapshot: Snapshot): OpenTask[] {
  const grid = findGrid(snapshot, TAB.timeline);
  if (!grid) return [];
  const table = toTable(grid);
  if (!table.has(TASK.deadline)) return [];
  const out: OpenTask[] = [];
  for (const row of table.rows) {
    const deadline = parseDateCell(table.get(row, TASK.deadline));
    if (!deadline.ok || parseDateCell(table.get(row, TASK.done)).ok) continue;
    const content = cleanText(cellText(table.get(row, TASK.content)));
    out.push({
      row: row.rowNumber,
      no: cleanText(cellText(table.get(row, TASK.no))),
      content,
      deadline: deadline.date,
      scoring: isScoringTask(content),
    });
  }
  return out;
}

/** A cluster's registration deadline (its own, else the general one): also the dossier's. */
export interface ClusterDeadline {
  readonly cluster: Cluster;
  readonly deadline: CivilDate;
}

/** Every cluster that has a usable deadline, in the order of `Cụm thi đua`. */
export function clusterDeadlines(index: PlanIndex): ClusterDeadline[] {
  const out: ClusterDeadline[] = [];
  for (const cluster of index.plan.clusters) {
    const deadline = index.deadlineOf(cluster);
    if (deadline) out.push({ cluster, deadline });
  }
  return out;
}

/** Days from `today` to `deadline` when that is one of the reminder days, else null. */
export function reminderLead(today: CivilDate, deadline: CivilDate, days: readonly number[]): number | null {
  const n = daysBetween(today, deadline);
  return days.includes(n) ? n : null;
}
