import { CAMPAIGN, CLUSTER, CONFIG, CRITERION, TAB, TASK, TITLE } from "../contract/workbook";
import { CAMPAIGN_ROWS } from "./campaigns";
import { CLUSTER_ROWS } from "./clusters";
import { CONFIG_ROWS } from "./config";
import { CRITERIA_ROWS } from "./criteria";
import { TIMELINE_ROWS } from "./timeline";
import { TITLE_ROWS } from "./titles";
import type { TemplateRow } from "./types";

export { CLUSTER_ROWS } from "./clusters";
export { TIMELINE_ROWS } from "./timeline";
export { TITLE_ROWS } from "./titles";
export type { TemplateRow } from "./types";

/** Tabs the template fills, in the order setup should fill them. */
export const TEMPLATE_TABS = [
  TAB.config,
  TAB.clusters,
  TAB.titles,
  TAB.criteria,
  TAB.campaigns,
  TAB.timeline,
] as const;
export type TemplateTab = (typeof TEMPLATE_TABS)[number];

/** The 2020 Sơn Tây template: the default rows of each setup tab, keyed by tab name. */
export const TEMPLATE: Readonly<Record<TemplateTab, readonly TemplateRow[]>> = {
  [TAB.config]: CONFIG_ROWS,
  [TAB.clusters]: CLUSTER_ROWS,
  [TAB.titles]: TITLE_ROWS,
  [TAB.criteria]: CRITERIA_ROWS,
  [TAB.campaigns]: CAMPAIGN_ROWS,
  [TAB.timeline]: TIMELINE_ROWS,
};

/**
 * The header that identifies a template row within its tab, for "is it
 * already there?" checks: a template row is present when a row of the tab
 * has the same (normalised) value under this header.
 */
export const templateKeyHeader: Readonly<Record<TemplateTab, string>> = {
  [TAB.config]: CONFIG.key,
  [TAB.clusters]: CLUSTER.id,
  [TAB.titles]: TITLE.name,
  [TAB.criteria]: CRITERION.code,
  [TAB.campaigns]: CAMPAIGN.name,
  [TAB.timeline]: TASK.no,
};

/**
 * Further headers that also identify a row: a title already in the catalogue
 * under its abbreviation (`Viết tắt`) counts as present even if its full name
 * was edited.
 */
export const templateAlternateKeyHeaders: Readonly<Partial<Record<TemplateTab, readonly string[]>>> = {
  [TAB.titles]: [TITLE.abbreviation],
};
