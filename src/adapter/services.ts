/**
 * The one door to Apps Script's services. Every other adapter file gets the
 * spreadsheet, the UI, the lock and the user from here; the core never does.
 */
export const spreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet =>
  SpreadsheetApp.getActiveSpreadsheet();

export const ui = (): GoogleAppsScript.Base.Ui => SpreadsheetApp.getUi();

/** The e-mail of the user at the keyboard, or '' where Apps Script does not give it. */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || "";
  } catch {
    return "";
  }
}

/**
 * The e-mail of the user the script runs as: in a time-driven trigger, the trigger's creator
 * (the active user may be unknown there); '' where Apps Script does not give it.
 */
export function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || "";
  } catch {
    return "";
  }
}

/**
 * The e-mail of the spreadsheet's owner, lower-cased; '' when Google gives none (a file in a
 * shared drive has no owner). One call: read only when the access policy needs it.
 */
export function ownerEmail(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    return ss.getOwner()?.getEmail()?.toLowerCase() ?? "";
  } catch {
    return "";
  }
}

/** Asks a yes/no question in a dialog; true for "Có" (Yes). */
export function confirm(title: string, question: string): boolean {
  const u = ui();
  const answer = u.alert(title, question, u.ButtonSet.YES_NO);
  // Sheets never answers OK to a yes/no dialog; the local preview answers every dialog OK,
  // which stands for going on there.
  return answer === u.Button.YES || answer === u.Button.OK;
}

export const documentProperties = (): GoogleAppsScript.Properties.Properties =>
  PropertiesService.getDocumentProperties();

/** Runs `work` holding the document lock; `{ ok: false }` when the lock cannot be had in time. */
export function withDocumentLock<T>(
  timeoutMs: number,
  work: () => T,
): { ok: true; value: T } | { ok: false } {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(timeoutMs)) return { ok: false };
  try {
    const value = work();
    SpreadsheetApp.flush();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}
