/** Where an edit happened: the tab, its name and the edited rows (1-based, inclusive). */
export interface EditedRows {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly name: string;
  readonly first: number;
  readonly last: number;
}

/** The tab of an onEdit event (one call), or null for an event without a range. */
export function editedSheet(
  e: GoogleAppsScript.Events.SheetsOnEdit | undefined,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string } | null {
  if (!e?.range) return null;
  const sheet = e.range.getSheet();
  return { sheet, name: sheet.getName() };
}

/** The rows an onEdit event touched. */
export function editedRows(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
): EditedRows {
  const first = e.range.getRow();
  const last = first + e.range.getNumRows() - 1;
  return { spreadsheet: sheet.getParent(), sheet, name, first, last };
}

/** The e-mail of the user who made the edit, when Apps Script gives one. */
export function editorEmail(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return e.user?.getEmail?.() || "";
  } catch {
    return "";
  }
}
