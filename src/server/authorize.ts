import { readTabs } from "../adapter/read-snapshot";
import { activeUserEmail, ownerEmail, spreadsheet } from "../adapter/services";
import { type Guarded, refusalFor, unknownCaller } from "../core/access/policy";
import { type Role, roleOf } from "../core/access/roles";
import { PLAN_TABS } from "../core/contract/workbook";
import { parsePlan } from "../core/plan/parse-plan";
import type { Snapshot } from "../core/table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The caller's e-mail, lower-cased; refused at once (nothing read) when Google does not reveal it. */
export function callerEmail(what: Guarded): string {
  const user = activeUserEmail().trim().toLowerCase();
  if (!user) throw unknownCaller(what.caption);
  return user;
}

/** The user's role by the setup tabs of a snapshot; the owner's e-mail is read only if the policy asks. */
export function roleFor(ss: Spreadsheet, snapshot: Snapshot, user: string): Role {
  return roleOf(parsePlan(snapshot, new Date()).index.plan, user, () => ownerEmail(ss));
}

/** Throws the Vietnamese refusal when this role may not run `what`. */
export function allow(role: Role, what: Guarded): void {
  const refusal = refusalFor(role, what.who, what.caption);
  if (refusal) throw refusal;
}

/**
 * The caller's role, refused unless the policy allows `what`: for a function that writes
 * nothing (opening the form). Reads the setup tabs, one call each.
 */
export function requireRole(what: Guarded): Role {
  const user = callerEmail(what);
  const ss = spreadsheet();
  const role = roleFor(ss, readTabs(ss, PLAN_TABS), user);
  allow(role, what);
  return role;
}
