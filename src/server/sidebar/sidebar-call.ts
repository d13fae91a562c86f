import type { ZodMiniType } from "zod/mini";
import { applyWrites } from "../../adapter/apply-writes";
import { rememberPlanTabs } from "../../adapter/plan-cache";
import { readGrid, readSnapshot, readTabs, sheetNamed } from "../../adapter/read-snapshot";
import { activeUserEmail, ownerEmail, spreadsheet, withDocumentLock } from "../../adapter/services";
import { sheetZone } from "../../adapter/sheet-zone";
import { clusterTabName, PLAN_TABS } from "../../core/contract/workbook";
import { isFailure, unknownUser } from "../../core/registration-form/access";
import { firstIssue } from "../../core/registration-form/schema";
import type { Failure } from "../../core/registration-form/types";
import { findGrid, type Snapshot } from "../../core/table";
import type { Outcome } from "../../core/use-cases/action";
import { locateCluster, openScope, type SidebarScope } from "../../core/use-cases/registration/scope";
import { failure, LOCK_TIMEOUT, LOCK_WAIT_MS, unexpected } from "./failures";

/**
 * The frame of every sidebar call that names a cluster: parse the payload with the shared
 * schema, refuse an unknown user, then under the document lock read the setup tabs and the
 * cluster's tab (with `whole`, every tab, handed to the work), authorize by the access policy
 * (an admin: any cluster; a head: their own; anyone else refused, see `SIDEBAR_FUNCTIONS`), run
 * the use case and carry out its writes. Nothing is written on a refusal or a lock timeout; an
 * unexpected error comes back as a result, not a throw.
 */
export function sidebarCall<P extends { cluster: string }, R extends { ok: boolean }>(
  schema: ZodMiniType<P>,
  payload: unknown,
  work: (scope: SidebarScope, input: P, workbook: Snapshot | null) => Outcome<R | Failure>,
  whole = false,
): R | Failure {
  try {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return failure("INVALID", firstIssue(parsed.error));
    const user = activeUserEmail();
    if (!user) return unknownUser();
    const ss = spreadsheet();
    const now = new Date();
    const zone = sheetZone(ss);
    const result = withDocumentLock(LOCK_WAIT_MS, (): R | Failure => {
      const workbook = whole ? readSnapshot(ss, zone) : null;
      const plan = workbook ?? readTabs(ss, PLAN_TABS, zone);
      rememberPlanTabs(plan, zone.name);
      const located = locateCluster(plan, user, now, parsed.data.cluster, () => ownerEmail(ss));
      if (isFailure(located)) return located;
      const tab = sheetNamed(ss, clusterTabName(located.cluster.id));
      const grid = tab
        ? ((workbook && findGrid(workbook, tab.name)) ?? readGrid(tab.sheet, tab.name, zone))
        : null;
      const scope = openScope(located, grid, user, now);
      if (isFailure(scope)) return scope;
      const { result: out, writes } = work(scope, parsed.data, workbook);
      if (tab) applyWrites(ss, writes, user, zone, new Map([[tab.name, tab.sheet]]));
      return out;
    });
    return result.ok ? result.value : LOCK_TIMEOUT;
  } catch (e) {
    return unexpected(e);
  }
}
