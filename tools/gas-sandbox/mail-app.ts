import { type GasEnv, gasError } from "./env";
import { formatDate } from "./format-date";
import type { MailArgs } from "./gas-types";

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

/** One mail as sent: recipients split into addresses, the time by the sandbox clock. */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  /** Names of attached blobs. */
  attachments: string[];
  /** Who sent it: the user the script runs as (`env.user`). */
  from: string;
  time: Date;
}

/** Consumer accounts get 100 recipients a day (Workspace: 1 500). */
export const DEFAULT_MAIL_QUOTA = 100;

const ADDRESS = /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/;

function addresses(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/** The arguments of every `sendEmail` overload as one message. */
function asMessage(args: unknown[]): MailOptions {
  if (args.length === 1) return { ...(args[0] as MailOptions) };
  const [a, b, c, d] = args as [string, string, string, unknown];
  if (typeof d === "string") return { to: a, replyTo: b, subject: c, body: d };
  return { ...((d as MailOptions | undefined) ?? {}), to: a, subject: b, body: c };
}

/**
 * `MailApp`. Counted as "MailApp.*". Mails are recorded in `sent`, nothing leaves the machine.
 * The daily quota counts recipients (to + cc + bcc) and resets at midnight of each sandbox day
 * in the script's zone (Google's window is rolling 24 hours).
 */
export class FakeMailApp {
  readonly sent: SentMail[] = [];
  private used = 0;
  private day = "";

  constructor(
    private readonly env: GasEnv,
    /** Recipients allowed per day. */
    public quota = DEFAULT_MAIL_QUOTA,
  ) {}

  private today(): string {
    const today = formatDate(this.env.clock.now(), this.env.scriptTimeZone, "yyyy-MM-dd");
    if (today !== this.day) {
      this.day = today;
      this.used = 0;
    }
    return today;
  }

  getRemainingDailyQuota(): number {
    this.today();
    return Math.max(this.quota - this.used, 0);
  }

  sendEmail(...args: MailArgs<"sendEmail">): void {
    const message = asMessage(args);
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw gasError(this.env, "Failed to send email: no recipient");
    for (const address of all) {
      const bare = /<([^>]*)>\s*$/.exec(address)?.[1] ?? address;
      if (!ADDRESS.test(bare)) throw gasError(this.env, `Invalid email: ${address}`);
    }
    if (this.getRemainingDailyQuota() < all.length) {
      throw gasError(this.env, "Service invoked too many times for one day: email.");
    }
    this.used += all.length;
    const attachments = (message.attachments ?? []).map((a) => a.getBlob().getName() ?? "");
    this.sent.push({
      to,
      cc,
      bcc,
      subject: message.subject ?? "",
      body: message.body ?? "",
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      ...(message.name !== undefined ? { name: message.name } : {}),
      ...(message.replyTo !== undefined ? { replyTo: message.replyTo } : {}),
      ...(message.noReply !== undefined ? { noReply: message.noReply } : {}),
      attachments,
      from: this.env.user,
      time: this.env.clock.date(),
    });
  }
}
