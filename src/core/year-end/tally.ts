import type { YearEndEvaluation } from "./check-year-end";

/** How the year's registrations stand at year end, in rows. */
export interface YearEndTally {
  /** `Đạt` with no KT error: on the proposal list. */
  readonly proposed: number;
  /** `Đạt` kept off the list by a KT error. */
  readonly notProposed: number;
  readonly failed: number;
  /** No `Kết quả bình xét` yet (KT08). */
  readonly pending: number;
  /** A `Kết quả bình xét` outside the list (KT09). */
  readonly invalid: number;
}

/** Counts the verdicts of one evaluation. */
export function tallyYearEnd(evaluation: YearEndEvaluation): YearEndTally {
  const t = { proposed: 0, notProposed: 0, failed: 0, pending: 0, invalid: 0 };
  for (const v of evaluation.verdicts) {
    if (v.outcome === "passed") v.proposed ? t.proposed++ : t.notProposed++;
    else if (v.outcome === "failed") t.failed++;
    else if (v.outcome === "pending") t.pending++;
    else t.invalid++;
  }
  return t;
}

/** "Bình xét cuối năm 2020: 120 dòng 'Đạt' được đề nghị, 3 'Đạt' chưa đủ điều kiện, …", for summaries. */
export function tallyText(evaluation: YearEndEvaluation): string {
  const t = tallyYearEnd(evaluation);
  const parts = [
    `${t.proposed} dòng 'Đạt' đủ điều kiện đề nghị`,
    `${t.notProposed} dòng 'Đạt' chưa đủ điều kiện`,
    `${t.failed} 'Không đạt'`,
    `${t.pending} chưa bình xét`,
  ];
  if (t.invalid > 0) parts.push(`${t.invalid} ghi sai 'Kết quả bình xét'`);
  return `Bình xét cuối năm ${evaluation.year}: ${parts.join(", ")}.`;
}
