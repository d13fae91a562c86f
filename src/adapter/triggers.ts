import type { TriggerInfo } from "../core/reminders/settings";
import type { TriggerOp } from "../core/use-cases/write-plan";
import { documentProperties } from "./services";

/** The current user's triggers of this project (Apps Script lists no one else's). */
export function projectTriggers(): TriggerInfo[] {
  return ScriptApp.getProjectTriggers().map((t) => ({
    handler: t.getHandlerFunction(),
    uid: t.getUniqueId(),
  }));
}

/**
 * Carries out a trigger step: a daily trigger at `hour` in `timeZone` whose unique id is
 * stored in the document property `uidKey`, or the removal of the user's triggers with the
 * given ids (ids the user does not own are not listed, so left alone).
 */
export function applyTrigger(op: TriggerOp): void {
  if (op.action === "install") {
    const trigger = ScriptApp.newTrigger(op.handler)
      .timeBased()
      .everyDays(1)
      .atHour(op.hour)
      .inTimezone(op.timeZone)
      .create();
    documentProperties().setProperty(op.uidKey, trigger.getUniqueId());
    return;
  }
  const uids = new Set(op.uids);
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (uids.has(trigger.getUniqueId())) ScriptApp.deleteTrigger(trigger);
  }
}
