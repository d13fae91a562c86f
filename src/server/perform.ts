import { applyWrites } from "../adapter/apply-writes";
import { readSnapshot } from "../adapter/read-snapshot";
import { activeUserEmail, spreadsheet, withDocumentLock } from "../adapter/services";
import type { Guarded } from "../core/access/policy";
import type { Role } from "../core/access/roles";
import type { Snapshot } from "../core/table";
import { type ActionInput, type Outcome, Refusal } from "../core/use-cases/action";
import { allow, callerEmail, roleFor } from "./authorize";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Read<X> = (ss: Spreadsheet) => { readonly snapshot: Snapshot } & X;
const readAll = (ss: Spreadsheet) => ({ snapshot: readSnapshot(ss) });
const BUSY = "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.";
/** How long an action waits for another user's write to finish. */
const LOCK_WAIT_MS = 30_000;

/**
 * Every menu action the same way, its caller checked first: an unknown e-mail is refused before
 * anything is read; under the document lock the workbook is read, the access policy must allow
 * `what.who` (else a refusal naming the account, nothing written), then the use case runs with
 * the role and its writes are carried out. `read` may add to the input; a lock timeout is a
 * Vietnamese "try again".
 */
export function perform<R, X = unknown>(
  what: Guarded,
  action: (input: ActionInput & X) => Outcome<R>,
  read: Read<X> = readAll as Read<X>,
): R {
  const user = callerEmail(what);
  return underLock(user, read, action, (ss, snapshot) => {
    const role = roleFor(ss, snapshot, user);
    allow(role, what);
    return role;
  });
}

/** For the server's private functions (`…_`, which no user can call): the offline checker runs as an admin. */
export function performUnchecked<R>(action: (input: ActionInput) => Outcome<R>): R {
  const user = activeUserEmail().toLowerCase();
  return underLock(user, readAll, action, (): Role => ({ kind: "admin", user, asOwner: false }));
}

function underLock<R, X>(
  user: string,
  read: Read<X>,
  action: (input: ActionInput & X) => Outcome<R>,
  authorize: (ss: Spreadsheet, snapshot: Snapshot) => Role,
): R {
  const locked = withDocumentLock(LOCK_WAIT_MS, () => {
    const ss = spreadsheet();
    const extra = read(ss);
    const role = authorize(ss, extra.snapshot);
    const { result, writes } = action({ ...extra, user, now: new Date(), role } as ActionInput & X);
    applyWrites(ss, writes, user);
    return result;
  });
  if (!locked.ok) throw new Refusal("LOCK_TIMEOUT", BUSY);
  return locked.value;
}
