import { compareCivil } from "../dates/civil";
import type { CivilDate } from "../dates/civil-date";
import { addDays, civilDateOf, toInstant, VN_OFFSET_MS } from "../dates/zone";
import { parsePlan } from "../plan/parse-plan";
import type { Snapshot } from "../table";
import { clusterDeadlines, openTasks } from "./deadlines";
import { type Lead, type Letter, planDay } from "./plan-day";
import { withoutReferenceDate } from "./real-today";
import { REMINDER_HOUR } from "./settings";

const HOUR_MS = 60 * 60 * 1000;

/** The next day reminders are due, the deadline that makes it one, and the letters it would bring. */
export interface NextReminder {
  readonly day: CivilDate;
  readonly lead: Lead;
  /** The letters of that day if the workbook stayed as it is now. */
  readonly letters: readonly Letter[];
}

/**
 * The first day, from the daily trigger's next run on, that is N days before a deadline
 * (N in `Nhắc việc trước (ngày)`): what the alert of `Bật nhắc việc` announces. Null when no
 * deadline lies ahead. The letters are those of that day on today's data (a forecast).
 */
export function nextReminder(snapshot: Snapshot, now: Date): NextReminder | null {
  const snap = withoutReferenceDate(snapshot);
  const { index } = parsePlan(snap, now);
  const days = index.plan.reminderDays;
  const today = civilDateOf(now);
  const hour = new Date(now.getTime() + VN_OFFSET_MS).getUTCHours();
  const firstRun = hour < REMINDER_HOUR ? today : addDays(today, 1);
  const deadlines = [
    ...clusterDeadlines(index).map((c) => c.deadline),
    ...openTasks(snap).map((t) => t.deadline),
  ];
  let best: { day: CivilDate; lead: Lead } | null = null;
  for (const deadline of deadlines) {
    for (const n of days) {
      const day = addDays(deadline, -n);
      if (compareCivil(day, firstRun) < 0) continue;
      const order = best ? compareCivil(day, best.day) || n - best.lead.daysLeft : -1;
      if (order < 0) best = { day, lead: { deadline, daysLeft: n } };
    }
  }
  if (!best) return null;
  const at = new Date(toInstant(best.day).getTime() + REMINDER_HOUR * HOUR_MS);
  return { ...best, letters: planDay(snapshot, at).letters };
}
