import { CHECK } from "../../core/menu/menu";
import { type CheckDataResult, checkData as checkDataCase } from "../../core/use-cases/check-data";
import { runMenuAction } from "../menu-action";
import { perform, performUnchecked } from "../perform";

/**
 * Menu (admin, or a cluster head for their clusters): run every check, write the status
 * columns (a head: their clusters' tabs only) and, for an admin, rebuild `BC Kiểm tra`.
 */
export function checkData(): void {
  runMenuAction(CHECK.caption, () => perform(CHECK, checkDataCase).message);
}

/**
 * The whole check without UI or caller check, as an admin's: its findings, counts and message
 * as data. Private (the `_`): Sheets lets no user call it; the offline checker does.
 */
export function checkData_(): CheckDataResult {
  return performUnchecked(checkDataCase).result;
}

/**
 * The same check writing nothing: what the offline checker runs when no annotated copy is asked
 * for (the findings, counts and message are those of `checkData_`).
 */
export function checkFindings_(): CheckDataResult {
  return performUnchecked((input) => ({ result: checkDataCase(input).result, writes: [] })).result;
}
