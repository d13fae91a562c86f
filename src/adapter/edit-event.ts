import type { Cell } from "../core/cell";
import type { Grid } from "../core/table";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where an edit happened: its tab, the tab's name and the edited rows (1-based, inclusive). */
export interface Edit {
  readonly sheet: Sheet;
  readonly name: string;
  readonly first: number;
  readonly last: number;
}

/**
 * The edit an onEdit event describes, in three calls: the tab, its name, and the range's A1
 * notation (rows of `B3:D5`, `B3`, `3:5`; a whole-column edit `B:D` spans every row).
 */
export function readEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): Edit | null {
  if (!e?.range) return null;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  const rows = /^[A-Z]*(\d*)(?::[A-Z]*(\d*))?$/.exec(e.range.getA1Notation());
  const first = Number(rows?.[1] || 1);
  const last =
    rows?.[2] !== undefined
      ? Number(rows[2] || Number.MAX_SAFE_INTEGER)
      : rows?.[1]
        ? first
        : Number.MAX_SAFE_INTEGER;
  return { sheet, name, first, last };
}

/** The e-mail of the user who made the edit, when Apps Script gives one (no service call). */
export function editorEmail(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return e.user?.getEmail?.() || "";
  } catch {
    return "";
  }
}

/** A tab's values and formulas, in three calls whatever its size. */
export function readWithFormulas(sheet: Sheet, name: string): { grid: Grid; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { grid: { name, values: range.getValues() as Cell[][] }, formulas: range.getFormulas() };
}
