import { editedRows, editedSheet, editorEmail } from "../../adapter/edited-range";
import { readGrid, readTabs } from "../../adapter/read-snapshot";
import { activeUserEmail } from "../../adapter/services";
import { writeStamps } from "../../adapter/write-stamps";
import { writeStatusBlock } from "../../adapter/write-status";
import { checkEdit } from "../../core/checks/check-edit";
import { TAB } from "../../core/contract/workbook";
import { headerKey } from "../../core/text/normalize";

const PLAN_TABS = [TAB.config, TAB.clusters, TAB.units, TAB.titles];
const CLUSTER_TAB = /^\s*cụm\s+/iu;

/**
 * Simple trigger: live check of the rows just typed or pasted in a `Cụm N` tab.
 * Fills blank `Ngày đăng ký` / `Người nhập`, then writes those rows' status.
 * A bounded number of calls whatever the tab's size; other tabs cost two calls.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const tab = editedSheet(e);
  if (!tab) return;
  if (!CLUSTER_TAB.test(tab.name.normalize("NFC")) || headerKey(tab.name) === headerKey(TAB.clusters)) return;
  const { spreadsheet, sheet, first, last } = editedRows(e, tab.sheet, tab.name);
  if (last < 2) return;
  const grid = readGrid(sheet);
  const user = editorEmail(e) || activeUserEmail();
  const result = checkEdit(readTabs(spreadsheet, PLAN_TABS), grid, first, last, new Date(), user);
  if (!result) return;
  writeStamps(sheet, result.stamps);
  if (result.statusColumn > 0 && result.rows.length > 0) {
    writeStatusBlock(sheet, result.firstRow, result.statusColumn, result.width, result.rows);
  }
}
