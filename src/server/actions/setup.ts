import { documentProperties } from "../../adapter/services";
import { SETUP } from "../../core/menu/menu";
import { SEEDED_TABS_KEY, setupWorkbook as setupCase } from "../../core/use-cases/setup-workbook";
import { runMenuAction } from "../menu-action";
import { perform } from "../perform";

/** Menu (admin): create or complete the year's workbook. Only appends; reports what it added. */
export function setupWorkbook(): void {
  runMenuAction(SETUP.caption, () => setupWorkbook_().join("\n"));
}

/** The setup itself, without UI: the Vietnamese report lines. */
function setupWorkbook_(): string[] {
  const seeded = documentProperties().getProperty(SEEDED_TABS_KEY);
  return perform(SETUP, (input) => setupCase({ ...input, seeded }));
}
