import { type Finding, SEVERITY } from "../../findings/finding";
import type { PlanIndex } from "../../plan/types";
import { checkRow } from "./check-row";
import { checkSets } from "./check-sets";
import type { Registration } from "./registration";

/**
 * Every registration finding of a set of rows (a tab, or the whole workbook): each row's own
 * rules, then the rules across rows, which know which rows already have an error.
 */
export function checkRegistrations(regs: readonly Registration[], index: PlanIndex): Finding[] {
  const own = regs.flatMap((r) => checkRow(r, index));
  const withError = new Set(
    own.filter((f) => f.severity === SEVERITY.error).map((f) => `${f.sheet}\u0000${f.row}`),
  );
  return [...own, ...checkSets(regs, index, (r) => withError.has(`${r.sheet}\u0000${r.row}`))];
}
