import { applyWrites } from "../../adapter/apply-writes";
import { readSnapshot } from "../../adapter/read-snapshot";
import {
  documentProperties,
  effectiveUserEmail,
  ownerEmail,
  spreadsheet,
  withDocumentLock,
} from "../../adapter/services";
import { sheetZone } from "../../adapter/sheet-zone";
import { sendReminders as sendCase } from "../../core/use-cases/reminders/send";

/** How long the run waits for a user's write to finish before giving up for the day. */
const LOCK_WAIT_MS = 120_000;

/**
 * Time-driven trigger (daily, installed by `Bật nhắc việc`): e-mails the day's reminders as the
 * admin who turned them on. Holds the document lock, so a second run (a rerun, another admin's
 * stale trigger) waits and then finds every mail of the day already recorded.
 */
export function sendReminders(event?: { triggerUid?: string }): void {
  const locked = withDocumentLock(LOCK_WAIT_MS, () => {
    const ss = spreadsheet();
    const user = effectiveUserEmail();
    const zone = sheetZone(ss);
    const { writes } = sendCase({
      snapshot: readSnapshot(ss, zone),
      user,
      now: new Date(),
      properties: documentProperties().getProperties(),
      triggerUid: event?.triggerUid ? String(event.triggerUid) : null,
      url: ss.getUrl(),
      owner: ownerEmail(ss),
      timeZone: zone.name,
    });
    applyWrites(ss, writes, user, zone);
  });
  // Thrown, Apps Script mails the trigger's owner a failure notice: the day's mails did not go.
  if (!locked.ok)
    throw new Error("Nhắc việc: bảng tính đang bận quá lâu, hôm nay chưa gửi được thư nhắc việc.");
}
