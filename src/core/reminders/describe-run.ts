import type { MailOp, OutgoingMail } from "../use-cases/write-plan";

/** What became of a day's mails: sent, left unsent when the quota ran low, or refused. */
export interface MailRunReport {
  readonly sent: readonly OutgoingMail[];
  readonly unsent: readonly OutgoingMail[];
  readonly failed: readonly { readonly mail: OutgoingMail; readonly error: string }[];
  /** MailApp's remaining daily quota when the run stopped for it; null when it did not. */
  readonly quotaLeft: number | null;
}

const line = (m: OutgoingMail): string => `${m.to}: ${m.summary}`;

/** The `Chi tiết` of the `Nhật ký` line of a day's mails: who got what, and what did not go. */
export function describeMailRun(op: MailOp, report: MailRunReport): string {
  const parts = [`Nhắc việc ngày ${op.day}: đã gửi ${report.sent.length}/${op.mails.length} thư.`];
  if (report.sent.length > 0) parts.push(`Đã gửi: ${report.sent.map(line).join("; ")}.`);
  if (report.unsent.length > 0) {
    parts.push(
      `Dừng gửi vì hạn mức gửi e-mail trong ngày của tài khoản (MailApp) chỉ còn ${report.quotaLeft ?? 0}: ` +
        `chưa gửi ${report.unsent.length} thư cho ${report.unsent.map((m) => m.to).join(", ")}. ` +
        "Các thư này sẽ được gửi nếu nhắc việc chạy lại trong ngày khi còn hạn mức.",
    );
  }
  if (report.failed.length > 0) {
    parts.push(`Gửi không được: ${report.failed.map((f) => `${f.mail.to} (${f.error})`).join("; ")}.`);
  }
  return [...parts, ...op.notes].join(" ");
}
