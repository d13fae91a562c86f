import { CHECK } from "../../core/menu/menu";
import { type CheckDataResult, checkData as checkDataCase } from "../../core/use-cases/check-data";
import { perform, runMenuAction } from "../perform";

/** Menu: run every check, write the status columns and rebuild `BC Kiểm tra`. */
export function checkData(): void {
  runMenuAction(CHECK.caption, () => checkData_().message);
}

/** The check itself, without UI: its findings, counts and message as data (the offline checker reads them). */
export function checkData_(): CheckDataResult {
  return perform(checkDataCase);
}
