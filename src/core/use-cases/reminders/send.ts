import { roleOf } from "../../access/roles";
import { SETTING } from "../../contract/workbook";
import { formatCivil } from "../../dates/civil";
import { REMINDERS_ON } from "../../menu/reminders-menu";
import { parsePlan } from "../../plan/parse-plan";
import { composeMail } from "../../reminders/compose-mail";
import { planDay } from "../../reminders/plan-day";
import { dayStamp, REMINDER_KEYS, SENDER_NAME, sentKey } from "../../reminders/settings";
import type { ActionInput, Outcome } from "../action";
import type { OutgoingMail, WriteOp } from "../write-plan";

/** A run of the daily trigger: the workbook, who the trigger runs as, and what the document remembers. */
export interface ReminderRunInput extends Omit<ActionInput, "role"> {
  /** The spreadsheet owner's e-mail: the only admin while `Email quản trị` holds no valid address. */
  readonly owner: string;
  readonly properties: Readonly<Record<string, string>>;
  /** The unique id of the trigger that fired; null when the function is run by hand. */
  readonly triggerUid: string | null;
  /** The spreadsheet's address, for the link in every mail. */
  readonly url: string;
}

/** `Thao tác` of the run's `Nhật ký` line. */
const REMINDER_LOG_ACTION = "Nhắc việc qua e-mail";

/**
 * The daily run: plans the day's letters (`planDay`), leaves out the addresses already mailed
 * today (their `sent:` property holds today), and hands the rest to the adapter as one mail
 * batch. A trigger that is no longer the one allowed to send (reminders turned off, or on again
 * by another admin) removes itself and sends nothing; so does one whose creator has left
 * `Email quản trị`. A day with nothing to say writes nothing, not even a log line.
 */
export function sendReminders(input: ReminderRunInput): Outcome<number> {
  const active = input.properties[REMINDER_KEYS.trigger] ?? "";
  const self = input.triggerUid;
  const retire = (detail: string, off: boolean): Outcome<number> => ({
    result: 0,
    writes: [
      ...(self ? [{ kind: "trigger", action: "remove", uids: [self] } as const] : []),
      ...(off ? [{ kind: "property", key: REMINDER_KEYS.trigger, value: "" } as const] : []),
      { kind: "log", action: REMINDER_LOG_ACTION, detail },
    ],
  });
  if (active === "") {
    return retire(
      "Nhắc việc đã tắt: gỡ lịch chạy hằng ngày còn lại của tài khoản này, không gửi thư.",
      false,
    );
  }
  if (self !== null && self !== active) {
    return retire(
      "Nhắc việc đã được bật lại bằng một lịch chạy khác: gỡ lịch cũ của tài khoản này, không gửi thư.",
      false,
    );
  }
  // The trigger runs as its creator: still an admin by the one access policy, or it retires.
  const role = roleOf(parsePlan(input.snapshot, input.now).index.plan, input.user, () => input.owner);
  if (input.user !== "" && role.kind !== "admin") {
    return retire(
      `${input.user} không còn trong mục '${SETTING.adminEmails}': nhắc việc dừng, không gửi thư. ` +
        `Một người quản trị hãy chọn '${REMINDERS_ON.caption}' để bật lại.`,
      true,
    );
  }

  const day = planDay(input.snapshot, input.now);
  const stamp = dayStamp(day.today);
  const { plan } = day.check.index;
  const ctx = {
    today: day.today,
    organisation: plan.organisation,
    year: plan.year,
    url: input.url,
    days: plan.reminderDays,
    onTimeOnly: plan.onTimeOnly,
  };
  // The admins' letters first: if the quota runs out, those who see every cluster are told.
  const letters = [...day.letters].sort((a, b) => Number(b.admin !== null) - Number(a.admin !== null));
  const mails: OutgoingMail[] = letters
    .filter((l) => input.properties[sentKey(l.to)] !== stamp)
    .map((l) => ({ to: l.to, ...composeMail(l, ctx), record: { key: sentKey(l.to), value: stamp } }));
  if (mails.length === 0) return { result: 0, writes: [] };
  const notes = day.invalid.map((a) => `Bỏ qua địa chỉ e-mail không hợp lệ '${a}': hãy sửa trong bảng tính.`);
  const writes: WriteOp[] = [
    {
      kind: "mail",
      mails,
      action: REMINDER_LOG_ACTION,
      day: formatCivil(day.today),
      notes,
      senderName: SENDER_NAME,
    },
  ];
  return { result: mails.length, writes };
}
