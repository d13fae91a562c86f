import { type AppliedWrites, applyWrites } from "../adapter/apply-writes";
import { forgetPlanTabs, rememberPlanTabs } from "../adapter/plan-cache";
import { readSnapshot } from "../adapter/read-snapshot";
import { activeUserEmail, spreadsheet, ui, withDocumentLock } from "../adapter/services";
import type { Snapshot } from "../core/table";
import { type ActionInput, type Outcome, Refusal, unexpectedMessage } from "../core/use-cases/action";
import { touchesPlan } from "../core/use-cases/write-plan";

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
  return performApplied(action, read).result;
}

/** `perform`, also returning what the writes made (the files of a document). */
export function performApplied<R>(
  action: (input: ActionInput) => Outcome<R>,
  read: (ss: Spreadsheet) => Snapshot = readSnapshot,
): { result: R; applied: AppliedWrites } {
  const locked = withDocumentLock(LOCK_WAIT_MS, () => {
    const ss = spreadsheet();
    const input: ActionInput = { snapshot: read(ss), user: activeUserEmail(), now: new Date() };
    const { result, writes } = action(input);
    const applied = applyWrites(ss, writes, input.user);
    // The live check reads the setup tabs from the cache: fresh from this read, or dropped when changed.
    if (writes.some((w) => touchesPlan(w))) forgetPlanTabs();
    else rememberPlanTabs(input.snapshot);
    return { result, applied };
  });
  if (!locked.ok) {
    throw new Refusal(
      "LOCK_TIMEOUT",
      "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.",
    );
  }
  return locked.value;
}

/** A menu action: its message in an alert; a refusal as its Vietnamese text, anything else as an unexpected error. */
export function runMenuAction(title: string, action: () => string): void {
  let message: string;
  try {
    message = action();
  } catch (e) {
    message = e instanceof Refusal ? e.message : unexpectedMessage(e);
  }
  ui().alert(title, message, ui().ButtonSet.OK);
}
