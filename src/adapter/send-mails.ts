import type { MailRunReport } from "../core/reminders/describe-run";
import type { MailOp, OutgoingMail } from "../core/use-cases/write-plan";
import { documentProperties } from "./services";

/**
 * Sends a batch of mails in order. Before each, MailApp's remaining daily quota is read: when
 * it would not cover the mail's recipient, the run stops and the rest is reported unsent. Each
 * mail sent is recorded at once in its document property, so a run cut short (quota, the
 * 6-minute limit) and run again the same day never mails anyone twice. A mail MailApp refuses
 * (a malformed address) is reported and the others still go.
 */
export function sendMails(op: MailOp): MailRunReport {
  const properties = documentProperties();
  const sent: OutgoingMail[] = [];
  const failed: { mail: OutgoingMail; error: string }[] = [];
  for (let i = 0; i < op.mails.length; i++) {
    const mail = op.mails[i] as OutgoingMail;
    const left = MailApp.getRemainingDailyQuota();
    if (left < 1) return { sent, unsent: op.mails.slice(i), failed, quotaLeft: left };
    try {
      MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, name: op.senderName });
    } catch (e) {
      failed.push({ mail, error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    properties.setProperty(mail.record.key, mail.record.value);
    sent.push(mail);
  }
  return { sent, unsent: [], failed, quotaLeft: null };
}
