import { applyWrites, type MadeCopy } from "../adapter/apply-writes";
import { readSnapshot } from "../adapter/read-snapshot";
import { activeUserEmail, spreadsheet, ui, withDocumentLock } from "../adapter/services";
import type { Snapshot } from "../core/table";
import { type ActionInput, type Outcome, Refusal, unexpectedMessage } from "../core/use-cases/action";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long an action waits for another user's write to finish. */
const LOCK_WAIT_MS = 30_000;

/**
 * Every action the same way, under the document lock: read the workbook, run the use case,
 * carry out its writes, return its result. A lock timeout is a Vietnamese "try again".
 */
export function perform<R>(
  action: (input: ActionInput) => Outcome<R>,
  read: (ss: Spreadsheet) => Snapshot = readSnapshot,
): R {
  return performMaking(action, read).result;
}

/** `perform`, with the spreadsheets its writes made (a copy). */
export function performMaking<R>(
  action: (input: ActionInput) => Outcome<R>,
  read: (ss: Spreadsheet) => Snapshot = readSnapshot,
): { result: R; copies: MadeCopy[] } {
  const locked = withDocumentLock(LOCK_WAIT_MS, () => {
    const ss = spreadsheet();
    const input: ActionInput = { snapshot: read(ss), user: activeUserEmail(), now: new Date() };
    const { result, writes } = action(input);
    return { result, copies: applyWrites(ss, writes, input.user) };
  });
  if (!locked.ok) {
    throw new Refusal(
      "LOCK_TIMEOUT",
      "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.",
    );
  }
  return locked.value;
}

/** What a person is told of a failed menu action: a refusal as is, anything else as an unexpected error. */
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
