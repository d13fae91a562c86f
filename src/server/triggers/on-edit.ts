import { readGrid, readTabs } from "../../adapter/read-snapshot";
import { activeUserEmail } from "../../adapter/services";
import { toSheetValue } from "../../adapter/sheet-values";
import { writeStatusBlock } from "../../adapter/write-status";
import { checkEdit, type Stamp } from "../../core/checks/check-edit";
import { TAB } from "../../core/contract/workbook";
import { groupBy } from "../../core/group-by";
import { headerKey } from "../../core/text/normalize";

const PLAN_TABS = [TAB.config, TAB.clusters, TAB.units, TAB.titles];
const CLUSTER_TAB = /^\s*cụm\s+/iu;

/**
 * Simple trigger: live check of the rows just typed or pasted in a `Cụm N` tab.
 * Fills blank `Ngày đăng ký` / `Người nhập`, then writes those rows' status.
 * A bounded number of calls whatever the tab's size; other tabs cost two calls.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (!CLUSTER_TAB.test(name.normalize("NFC")) || headerKey(name) === headerKey(TAB.clusters)) return;
  const first = e.range.getRow();
  const last = first + e.range.getNumRows() - 1;
  if (last < 2) return;
  const ss = sheet.getParent();
  const grid = readGrid(sheet);
  const user = e.user?.getEmail?.() || activeUserEmail();
  const result = checkEdit(readTabs(ss, PLAN_TABS), grid, first, last, new Date(), user);
  if (!result) return;
  writeStamps(sheet, result.stamps);
  if (result.statusColumn > 0 && result.rows.length > 0) {
    writeStatusBlock(sheet, result.firstRow, result.statusColumn, result.width, result.rows);
  }
}

/** Writes stamps column by column, one call per run of consecutive rows. */
function writeStamps(sheet: GoogleAppsScript.Spreadsheet.Sheet, stamps: readonly Stamp[]): void {
  const byColumn = groupBy(stamps, (s) => s.column);
  for (const [column, list] of byColumn) {
    list.sort((a, b) => a.row - b.row);
    let run: Stamp[] = [];
    const flush = () => {
      if (run.length === 0) return;
      sheet
        .getRange((run[0] as Stamp).row, column, run.length, 1)
        .setValues(run.map((s) => [toSheetValue(s.value)]));
      run = [];
    };
    for (const s of list) {
      const prev = run[run.length - 1];
      if (prev && s.row !== prev.row + 1) flush();
      run.push(s);
    }
    flush();
  }
}
