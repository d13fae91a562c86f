import { applyWrites } from "../adapter/apply-writes";
import { readSnapshot } from "../adapter/read-snapshot";
import { activeUserEmail, spreadsheet, ui, withDocumentLock } from "../adapter/services";
import { type SheetZone, sheetZone } from "../adapter/sheet-zone";
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
  read: (ss: Spreadsheet, zone: SheetZone) => Snapshot = readSnapshot,
): R {
  const locked = withDocumentLock(LOCK_WAIT_MS, () => {
    const ss = spreadsheet();
    const zone = sheetZone(ss);
    const user = activeUserEmail();
    const input: ActionInput = { snapshot: read(ss, zone), user, now: new Date(), timeZone: zone.name };
    const { result, writes } = action(input);
    applyWrites(ss, writes, input.user, zone);
    return result;
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
