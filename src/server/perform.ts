import { activeUserEmail } from "../adapter/services";
import type { Guarded } from "../core/access/policy";
import type { Role } from "../core/access/roles";
import type { ActionInput, Outcome } from "../core/use-cases/action";
import { allow, callerEmail, roleFor } from "./authorize";
import { type Applied, type Read, readAll, underLock } from "./under-lock";

/**
 * Every menu action the same way, its caller checked first: an unknown e-mail is refused before
 * anything is read; under the document lock the workbook is read, the access policy must allow
 * `what.who` (else a refusal naming the account, nothing written), then the use case runs with
 * the role and its writes are carried out. `read` may add to the input.
 */
export function perform<R, X = unknown>(
  what: Guarded,
  action: (input: ActionInput & X) => Outcome<R>,
  read: Read<X> = readAll as Read<X>,
): R {
  return performApplied(what, action, read).result;
}

/** `perform`, also returning what the writes made (the files of a document). */
export function performApplied<R, X = unknown>(
  what: Guarded,
  action: (input: ActionInput & X) => Outcome<R>,
  read: Read<X> = readAll as Read<X>,
): Applied<R> {
  const user = callerEmail(what);
  return underLock(user, read, action, (ss, snapshot) => {
    const role = roleFor(ss, snapshot, user);
    allow(role, what);
    return role;
  });
}

/** For the server's private functions (`…_`, which no user can call): the offline tools run as an admin. */
export function performUnchecked<R, X = unknown>(
  action: (input: ActionInput & X) => Outcome<R>,
  read: Read<X> = readAll as Read<X>,
): Applied<R> {
  const user = activeUserEmail().toLowerCase();
  return underLock(user, read, action, (): Role => ({ kind: "admin", user, asOwner: false }));
}
