import { type Cell, cellText } from "./cell";

/** The e-mails of a comma/semicolon/space separated cell, lower-cased. */
export function emailList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[\s,;]+/u)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.includes("@"));
}

/**
 * May this user run admin actions? Yes when no admin is configured yet (a new
 * workbook), else only a listed admin. An unknown user ('') is never an admin.
 */
export function isAdmin(email: string, admins: readonly string[]): boolean {
  if (admins.length === 0) return true;
  return email !== "" && admins.includes(email.toLowerCase());
}
