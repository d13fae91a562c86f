import { isBlank } from "../../cell";
import { SETTING } from "../../contract/workbook";
import { formatCivil } from "../../dates/civil";
import { REMINDERS_OFF, REMINDERS_ON } from "../../menu/reminders-menu";
import { parsePlan } from "../../plan/parse-plan";
import { daysList } from "../../reminders/compose-mail";
import { nextReminder } from "../../reminders/next-reminder";
import {
  REMINDER_HANDLER,
  REMINDER_HOUR,
  REMINDER_KEYS,
  REMINDER_ZONE,
  type TriggerInfo,
} from "../../reminders/settings";
import { turnedOffMessage, turnedOnMessage } from "../../reminders/switch-messages";
import { readSetting } from "../../settings";
import { type ActionInput, type Outcome, Refusal } from "../action";
import type { WriteOp } from "../write-plan";

/** Turning reminders on or off also needs the user's own triggers and the document's properties. */
export interface ReminderSwitchInput extends ActionInput {
  readonly triggers: readonly TriggerInfo[];
  readonly properties: Readonly<Record<string, string>>;
}

const own = (input: ReminderSwitchInput) => input.triggers.filter((t) => t.handler === REMINDER_HANDLER);

/**
 * `Bật nhắc việc` (admin): exactly one daily trigger of this user runs `sendReminders`, kept if
 * there is one (extras removed), created otherwise; its id becomes the one allowed to send, so
 * a trigger another admin made earlier retires itself at its next run. Refused while
 * `Nhắc việc trước (ngày)` names no day. The alert says when the next mails go, and to whom.
 */
export function turnOnReminders(input: ReminderSwitchInput): Outcome<string> {
  const { index } = parsePlan(input.snapshot, input.now);
  const days = index.plan.reminderDays;
  if (days.length === 0) {
    throw new Refusal(
      "NO_REMINDER_DAYS",
      `Mục '${SETTING.reminderDays}' trong trang Cấu hình đang trống hoặc chưa hợp lệ nên không có ngày nào để nhắc. ` +
        `Hãy điền số ngày trước hạn, ví dụ '7, 3, 1', rồi chọn lại '${REMINDERS_ON.caption}'.`,
    );
  }
  const [keep, ...extra] = own(input);
  const alreadyOn = keep !== undefined && input.properties[REMINDER_KEYS.trigger] === keep.uid;
  const writes: WriteOp[] = [];
  if (extra.length > 0) writes.push({ kind: "trigger", action: "remove", uids: extra.map((t) => t.uid) });
  writes.push(
    keep
      ? { kind: "property", key: REMINDER_KEYS.trigger, value: keep.uid }
      : {
          kind: "trigger",
          action: "install",
          handler: REMINDER_HANDLER,
          hour: REMINDER_HOUR,
          timeZone: REMINDER_ZONE,
          uidKey: REMINDER_KEYS.trigger,
        },
    { kind: "property", key: REMINDER_KEYS.by, value: input.user },
  );
  const next = nextReminder(input.snapshot, input.now);
  const anyAddress = index.plan.admins.length > 0 || index.plan.clusters.some((c) => c.headEmails.length > 0);
  const message = turnedOnMessage({
    user: input.user,
    days,
    alreadyOn,
    next,
    anyAddress,
    referenceDateSet: !isBlank(readSetting(input.snapshot, SETTING.referenceDate)),
    offCaption: REMINDERS_OFF.caption,
  });
  const detail =
    `Nhắc việc hằng ngày lúc ${REMINDER_HOUR} giờ, trước hạn ${daysList(days)} ngày` +
    (next ? `; lần nhắc tới ${formatCivil(next.day)}.` : "; không còn hạn nào phía trước.");
  writes.push({ kind: "log", action: REMINDERS_ON.caption, detail });
  return { result: message, writes };
}

/**
 * `Tắt nhắc việc` (admin): removes this user's `sendReminders` triggers and clears the id allowed
 * to send, so a trigger made by another admin (which this user cannot list) sends nothing and
 * retires itself at its next run.
 */
export function turnOffReminders(input: ReminderSwitchInput): Outcome<string> {
  const mine = own(input);
  const wasOn = (input.properties[REMINDER_KEYS.trigger] ?? "") !== "";
  const by = input.properties[REMINDER_KEYS.by] ?? "";
  const otherOwner =
    wasOn && !mine.some((t) => t.uid === input.properties[REMINDER_KEYS.trigger]) ? by || "người khác" : "";
  const writes: WriteOp[] = [];
  if (mine.length > 0) writes.push({ kind: "trigger", action: "remove", uids: mine.map((t) => t.uid) });
  writes.push({ kind: "property", key: REMINDER_KEYS.trigger, value: "" });
  const message = turnedOffMessage(mine.length, wasOn, otherOwner, REMINDERS_ON.caption);
  const detail =
    wasOn || mine.length > 0 ? "Đã tắt nhắc việc qua e-mail." : "Nhắc việc đang tắt: không có gì thay đổi.";
  writes.push({ kind: "log", action: REMINDERS_OFF.caption, detail });
  return { result: message, writes };
}
