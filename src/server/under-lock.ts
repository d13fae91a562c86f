import { type AppliedWrites, applyWrites } from "../adapter/apply-writes";
import { forgetPlanTabs, rememberPlanTabs } from "../adapter/plan-cache";
import { readSnapshot } from "../adapter/read-snapshot";
import { spreadsheet, withDocumentLock } from "../adapter/services";
import { type SheetZone, sheetZone } from "../adapter/sheet-zone";
import type { Role } from "../core/access/roles";
import type { Snapshot } from "../core/table";
import { type ActionInput, type Outcome, Refusal } from "../core/use-cases/action";
import { touchesPlan } from "../core/use-cases/write-plan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** Reads the workbook (date cells as the core reads them in the spreadsheet's zone) and what else the action needs. */
export type Read<X> = (ss: Spreadsheet, zone: SheetZone) => { readonly snapshot: Snapshot } & X;
export type Applied<R> = { result: R; applied: AppliedWrites };
export const readAll = (ss: Spreadsheet, zone: SheetZone) => ({ snapshot: readSnapshot(ss, zone) });
const BUSY = "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.";
/** How long an action waits for another user's write to finish. */
const LOCK_WAIT_MS = 30_000;

/**
 * Under the document lock: read, authorize (a refusal writes nothing), run the use case, carry
 * out its writes; a lock timeout is a Vietnamese "try again".
 */
export function underLock<R, X>(
  user: string,
  read: Read<X>,
  action: (input: ActionInput & X) => Outcome<R>,
  authorize: (ss: Spreadsheet, snapshot: Snapshot) => Role,
): Applied<R> {
  const locked = withDocumentLock(LOCK_WAIT_MS, () => {
    const ss = spreadsheet();
    const zone = sheetZone(ss);
    const extra = read(ss, zone);
    const role = authorize(ss, extra.snapshot);
    const input = { ...extra, user, now: new Date(), role, timeZone: zone.name };
    const { result, writes } = action(input as ActionInput & X);
    const applied = applyWrites(ss, writes, user, zone);
    // The live check reads the setup tabs from the cache: fresh from this read, or dropped when changed.
    if (writes.some(touchesPlan)) forgetPlanTabs();
    else rememberPlanTabs(extra.snapshot, zone.name);
    return { result, applied };
  });
  if (!locked.ok) throw new Refusal("LOCK_TIMEOUT", BUSY);
  return locked.value;
}
