import { type Cell, isBlank, isDate } from "../cell";
import { civilDateOf, sameCivil } from "../dates";
import type { StatusOp } from "./write-plan";

/**
 * Two cells hold the same value: Dates by the day the checks read (a date written in another
 * zone comes back up to an hour apart), NaN as itself, blanks of any kind alike.
 */
function sameCell(a: Cell, b: Cell): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && sameDay(a, b);
  return Object.is(a, b) || a === b;
}

function sameDay(a: Date, b: Date): boolean {
  const [x, y] = [a.getTime(), b.getTime()];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  return sameCivil(civilDateOf(a), civilDateOf(b));
}

/**
 * What a status block writes once re-read: the planned text and highlight of each row that
 * still holds what was read; the current ones of a row changed meanwhile, whose live check's
 * status is newer than this action's (or is on its way).
 */
export function guardedStatus(
  op: StatusOp,
  current: readonly (readonly Cell[])[],
  currentColors: readonly (readonly string[])[],
): { texts: string[][]; colors: string[][] } {
  const statusAt = op.column - 1;
  const texts: string[][] = [];
  const colors: string[][] = [];
  current.forEach((now, i) => {
    const text = op.texts[i] ?? "";
    const before = op.read[i] ?? [];
    let same = true;
    for (let c = 0; c < op.width && same; c++) same = sameCell(before[c], now[c]);
    if (same) {
      texts.push([text]);
      colors.push(Array.from({ length: op.width }, () => op.colors[i] ?? ""));
    } else {
      texts.push([String(now[statusAt] ?? "")]);
      colors.push(Array.from({ length: op.width }, (_, c) => currentColors[i]?.[c] ?? ""));
    }
  });
  return { texts, colors };
}
