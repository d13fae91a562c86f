import type { TabProtectionState } from "../core/protection/changes";
import { isOwnProtection } from "../core/protection/wanted";
import type { ProtectOp } from "../core/use-cases/write-plan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

const emailsOf = (users: GoogleAppsScript.Base.User[]): string[] =>
  users.map((u) => u.getEmail().toLowerCase()).filter((e) => e !== "");

const sheetProtection = (sheet: Sheet): Protection | null =>
  sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? null;

/**
 * Every tab's sheet protection, in tab order: the description of each, and for the add-on's own
 * also warning-only, editors and domain edit. A few calls per tab, whatever the rows.
 */
export function readTabProtections(ss: Spreadsheet): TabProtectionState[] {
  return ss.getSheets().map((sheet) => {
    const tab = sheet.getName();
    const p = sheetProtection(sheet);
    if (!p) return { tab, protection: null };
    const description = p.getDescription();
    if (!isOwnProtection(description))
      return { tab, protection: { description, warningOnly: false, editors: [], domainEdit: false } };
    const warningOnly = p.isWarningOnly();
    return {
      tab,
      protection: {
        description,
        warningOnly,
        editors: warningOnly ? [] : emailsOf(p.getEditors()),
        domainEdit: p.canDomainEdit(),
      },
    };
  });
}

/** The e-mails the spreadsheet is shared with as editors (the owner first), lower-cased. One call. */
export const spreadsheetEditors = (ss: Spreadsheet): string[] => emailsOf(ss.getEditors());

/**
 * Applies one `Phân quyền` change to a tab's sheet protection. Touches only a protection the
 * add-on made (its description carries the mark): one the office made, or one made meanwhile,
 * is left alone. Google keeps the owner and the user running it as editors whatever is removed.
 */
export function applyProtection(sheet: Sheet, op: ProtectOp): void {
  const found = sheetProtection(sheet);
  if (op.create ? found !== null : found === null || !isOwnProtection(found.getDescription())) return;
  const p = found ?? sheet.protect();
  if (op.description !== null) p.setDescription(op.description);
  if (op.warningOnly !== null) p.setWarningOnly(op.warningOnly);
  if (op.reset) p.removeEditors(emailsOf(p.getEditors()));
  if (op.add.length > 0) p.addEditors([...op.add]);
  if (op.remove.length > 0) p.removeEditors([...op.remove]);
  if (op.domainEditOff) p.setDomainEdit(false);
}
