import type { Stamp } from "../core/checks/check-edit";
import { groupBy } from "../core/group-by";
import { toSheetValue } from "./sheet-values";

/** Writes stamps column by column, one call per run of consecutive rows. */
export function writeStamps(sheet: GoogleAppsScript.Spreadsheet.Sheet, stamps: readonly Stamp[]): void {
  for (const [column, list] of groupBy(stamps, (s) => s.column)) {
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
