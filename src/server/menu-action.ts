import { ui } from "../adapter/services";
import type { Guarded } from "../core/access/policy";
import { Refusal, unexpectedMessage } from "../core/use-cases/action";
import { requireRole } from "./authorize";

/** What a person is told of a failed action: a refusal as is, anything else as an unexpected error. */
export const failureMessage = (e: unknown): string =>
  e instanceof Refusal ? e.message : unexpectedMessage(e);

/** A menu action: its message in an alert; a refusal as its Vietnamese text, anything else as an unexpected error. */
export function runMenuAction(title: string, action: () => string): void {
  let message: string;
  try {
    message = action();
  } catch (e) {
    message = failureMessage(e);
  }
  ui().alert(title, message, ui().ButtonSet.OK);
}

/**
 * The caller check of a menu item that writes nothing (it opens a form): true when the access
 * policy allows it, else false and the refusal in an alert.
 */
export function callerMay(what: Guarded): boolean {
  try {
    requireRole(what);
    return true;
  } catch (e) {
    ui().alert(what.caption, failureMessage(e), ui().ButtonSet.OK);
    return false;
  }
}
