import { rememberPlanTabs } from "../../adapter/plan-cache";
import { readGrid, readTabs, sheetNamed } from "../../adapter/read-snapshot";
import { activeUserEmail, ownerEmail, spreadsheet } from "../../adapter/services";
import { sheetZone } from "../../adapter/sheet-zone";
import { PLAN_TABS } from "../../core/contract/workbook";
import { unknownUser } from "../../core/registration-form/access";
import type { ContextResult } from "../../core/registration-form/types";
import type { Grid } from "../../core/table";
import { contextTabs, registrationContext } from "../../core/use-cases/registration/context";
import { unexpected } from "./failures";

/**
 * google.script.run (admin, or a cluster head for their clusters; checked by `accessOf`):
 * what the sidebar opens with, in one round trip — the clusters this user
 * may register for, their units and titles (a unit's rows come when it is chosen). Reads only:
 * no lock.
 */
export function getRegistrationContext(): ContextResult {
  try {
    const user = activeUserEmail();
    if (!user) return unknownUser();
    const ss = spreadsheet();
    const now = new Date();
    const owner = () => ownerEmail(ss);
    const zone = sheetZone(ss);
    const plan = readTabs(ss, PLAN_TABS, zone);
    rememberPlanTabs(plan, zone.name);
    const tabs = contextTabs(plan, user, now, owner).flatMap((name): Grid[] => {
      const tab = sheetNamed(ss, name);
      return tab ? [{ ...readGrid(tab.sheet, tab.name, zone), name }] : [];
    });
    return registrationContext({ grids: [...plan.grids, ...tabs] }, user, now, owner);
  } catch (e) {
    return unexpected(e);
  }
}
