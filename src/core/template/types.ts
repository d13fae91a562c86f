import type { CivilDate } from "../dates/civil-date";

/** A template cell: text (`""` = blank), a number, or a calendar date. */
export type TemplateValue = string | number | CivilDate;

/**
 * One row of a setup tab as the template ships it, keyed by the tab's
 * contract headers (src/core/contract/workbook.ts). Every header of the tab
 * is present; a blank cell is `""`.
 */
export type TemplateRow = Readonly<Record<string, TemplateValue>>;
