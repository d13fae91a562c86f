import type { CivilDate } from "../dates/civil-date";

/** The top-level function the daily trigger runs. */
export const REMINDER_HANDLER = "sendReminders";
/** The hour of the day (Asia/Ho_Chi_Minh) the trigger runs at: before office hours start. */
export const REMINDER_HOUR = 7;
export const REMINDER_ZONE = "Asia/Ho_Chi_Minh";
/** The name in the inbox of the mails the add-on sends. */
export const SENDER_NAME = "Sổ thi đua";

/**
 * Document properties of the reminders. `trigger` holds the unique id of the one trigger
 * that may send ('' or absent: reminders are off); `by`, who turned them on. Each address
 * mailed has its own `sent:` key holding the last day it got a reminder, so a value stays a
 * few bytes (far under the 9 KB a property value may hold) and only the latest day is kept.
 */
export const REMINDER_KEYS = {
  trigger: "reminders.trigger",
  by: "reminders.by",
  sentPrefix: "reminders.sent:",
} as const;

/** The property recording the last day `address` got a reminder. */
export const sentKey = (address: string): string => `${REMINDER_KEYS.sentPrefix}${address.toLowerCase()}`;

/** A civil date as `yyyy-mm-dd`: the value of a `sent:` property. */
export const dayStamp = (d: CivilDate): string =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** A trigger of the current user, as the server lists them for the use cases. */
export interface TriggerInfo {
  readonly handler: string;
  readonly uid: string;
}
