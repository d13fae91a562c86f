import { readClusterTabs, readPlanTabs } from "../../adapter/registrations/cluster-tab";
import { activeUserEmail, spreadsheet } from "../../adapter/services";
import { parsePlan } from "../../core/plan/parse-plan";
import { accessOf, unknownUser } from "../../core/registration-form/access";
import { buildContext } from "../../core/registration-form/build-context";
import type { ContextResult } from "../../core/registration-form/types";
import { unexpected } from "./failures";

/**
 * google.script.run: everything the sidebar shows, in one round trip — the
 * clusters this user may register for (a head: theirs; an admin: all), their
 * units and titles, and each unit's rows with their status. Reads only: no lock.
 */
export function getRegistrationContext(): ContextResult {
  try {
    const user = activeUserEmail();
    if (!user) return unknownUser();
    const ss = spreadsheet();
    const { index } = parsePlan(readPlanTabs(ss), new Date());
    const access = accessOf(index, user);
    if (!access.ok) return access;
    const tabs = readClusterTabs(
      ss,
      access.clusters.map((c) => c.id),
    );
    return buildContext(index, access, tabs, user);
  } catch (e) {
    return unexpected(e);
  }
}
