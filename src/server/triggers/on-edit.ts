import { applyWrites } from "../../adapter/apply-writes";
import { editedRows, editedTab, editorEmail, readWithFormulas } from "../../adapter/edit-event";
import { forgetPlanTabs, readPlanTabsCached } from "../../adapter/plan-cache";
import { PLAN_TABS } from "../../core/contract/workbook";
import { mayBeClusterTab, sameTabName } from "../../core/plan/cluster-tab";
import { liveCheck } from "../../core/use-cases/live-check";

/**
 * Simple trigger: an edit of a setup tab makes the cached plan stale; an edit of a `Cụm N`
 * tab is checked at once (stamps, then the edited rows' statuses). A bounded number of calls
 * whatever the tabs' sizes.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const edit = editedTab(e);
  if (!edit) return;
  if (PLAN_TABS.some((t) => sameTabName(t, edit.name))) {
    forgetPlanTabs();
    return;
  }
  if (!mayBeClusterTab(edit.name)) return;
  const { first, last, columns } = editedRows(e);
  if (last < 2) return;
  const { plan, zone } = readPlanTabsCached(e.source);
  const { grid, formulas } = readWithFormulas(edit.sheet, edit.name, zone);
  const user = editorEmail(e);
  const writes = liveCheck({
    plan,
    tab: grid,
    formulas,
    first,
    last,
    columns,
    user,
    now: new Date(),
  });
  applyWrites(e.source, writes, user, zone, new Map([[edit.name, edit.sheet]]));
}
