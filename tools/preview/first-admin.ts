import { readEmails } from "../../src/core/access/emails";
import { SETTING, TAB } from "../../src/core/contract/workbook";
import { findSetting } from "../../src/core/settings";
import type { Grid } from "../../src/core/table";
import type { Sandbox } from "../gas-sandbox";

/**
 * The first address of the workbook's `Email quản trị`, read as the add-on reads it; undefined
 * when there is none (the sandbox's user is then the spreadsheet's owner, the admin meanwhile).
 */
export function firstAdmin(sandbox: Sandbox): string | undefined {
  const sheet = sandbox.services.spreadsheet.getSheetByName(TAB.config);
  if (!sheet) return undefined;
  const values = sandbox.services.calls.untracked(() => sheet.getDataRange().getValues()) as Grid["values"];
  return readEmails(findSetting({ grids: [{ name: TAB.config, values }] }, SETTING.adminEmails).value)
    .emails[0];
}
