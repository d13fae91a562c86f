import { documentProperties } from "../../adapter/services";
import { projectTriggers } from "../../adapter/triggers";
import { REMINDERS_OFF, REMINDERS_ON } from "../../core/menu/reminders-menu";
import type { ActionInput } from "../../core/use-cases/action";
import {
  turnOffReminders as offCase,
  turnOnReminders as onCase,
} from "../../core/use-cases/reminders/switch";
import { runMenuAction } from "../menu-action";
import { perform } from "../perform";

/** The switch's input: the workbook, plus the user's own triggers and the document's properties. */
const withTriggers = (input: ActionInput) => ({
  ...input,
  triggers: projectTriggers(),
  properties: documentProperties().getProperties(),
});

/** Menu (admin): one daily trigger sends the reminders from now on; the alert says when and to whom. */
export function turnOnReminders(): void {
  runMenuAction(REMINDERS_ON.caption, () => perform(REMINDERS_ON, (input) => onCase(withTriggers(input))));
}

/** Menu (admin): no more reminders; this user's trigger is removed, any other retires itself. */
export function turnOffReminders(): void {
  runMenuAction(REMINDERS_OFF.caption, () => perform(REMINDERS_OFF, (input) => offCase(withTriggers(input))));
}
