import { readTabProtections, spreadsheetEditors } from "../../adapter/protections";
import { readTabs } from "../../adapter/read-snapshot";
import { ownerEmail } from "../../adapter/services";
import { PLAN_TABS } from "../../core/contract/workbook";
import { PROTECT } from "../../core/menu/menu";
import { protectWorkbook as protectCase } from "../../core/use-cases/protect-workbook";
import { runMenuAction } from "../menu-action";
import { perform } from "../perform";

/**
 * Menu (admin): `Phân quyền`. Reads the setup tabs, every tab's sheet protection, the owner and
 * the spreadsheet's editors (calls bounded by the number of tabs), then protects the tabs.
 */
export function protectWorkbook(): void {
  runMenuAction(PROTECT.caption, () =>
    perform(PROTECT, protectCase, (ss, zone) => ({
      snapshot: readTabs(ss, PLAN_TABS, zone),
      tabs: readTabProtections(ss),
      owner: ownerEmail(ss),
      sharedWith: spreadsheetEditors(ss),
    })),
  );
}
