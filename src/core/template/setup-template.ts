import type { SetupTemplate } from "../setup/plan-setup";
import { GUIDE_ROWS } from "./guide";
import { TEMPLATE, TEMPLATE_TABS, templateAlternateKeyHeaders, templateKeyHeader } from "./index";

/** The 2020 template in the shape the setup action plans from (src/core/setup/plan-setup.ts). */
export const SETUP_TEMPLATE: SetupTemplate = {
  rows: TEMPLATE,
  keys: Object.fromEntries(
    TEMPLATE_TABS.map((tab) => [tab, [templateKeyHeader[tab], ...(templateAlternateKeyHeaders[tab] ?? [])]]),
  ),
  guide: GUIDE_ROWS,
};
