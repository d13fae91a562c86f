import { severityOf } from "../../findings/catalogue";
import type { Finding } from "../../findings/finding";
import { MAX_MESSAGE_CHARS } from "../../findings/make";
import type { PlanIndex } from "../../plan/types";
import { excerpt } from "../../text/quote";
import { TEXT_RULES } from "./check-text";
import type { Registration } from "./registration";
import type { RowRule } from "./row-rule";
import { CELL_RULES } from "./rules-cells";
import { REFERENCE_RULES } from "./rules-references";

const byCode = (rules: readonly RowRule[], code: string): RowRule =>
  rules.find((r) => r.code === code) as RowRule;

/** The row rules in the order their findings are listed: required cells, the unit, the subject, the title, the date, the text. */
const ROW_RULES: readonly RowRule[] = [
  byCode(CELL_RULES, "DK01"),
  ...["DK02", "DK03", "DK06"].map((c) => byCode(REFERENCE_RULES, c)),
  ...["DK04", "DK05"].map((c) => byCode(CELL_RULES, c)),
  ...["DK07", "DK08", "DK09", "DK10"].map((c) => byCode(REFERENCE_RULES, c)),
  ...["DK11", "DK12"].map((c) => byCode(CELL_RULES, c)),
  ...TEXT_RULES,
];

/** DK01–DK12, DK16 and DK17 of one registration row: each rule of the table, in order. */
export function checkRow(r: Registration, index: PlanIndex): Finding[] {
  const out: Finding[] = [];
  const unit = r.unitName ? { unit: r.unit?.name ?? r.unitName } : {};
  for (const rule of ROW_RULES) {
    const issues = rule.check(r, index);
    if (!issues) continue;
    for (const issue of Array.isArray(issues) ? issues : [issues]) {
      out.push({
        code: rule.code,
        severity: severityOf(rule.code),
        sheet: r.sheet,
        row: r.row,
        column: issue.column,
        ...unit,
        message: excerpt(issue.message, MAX_MESSAGE_CHARS),
      });
    }
  }
  return out;
}
