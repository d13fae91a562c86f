import { SCORE } from "../../core/contract/workbook";
import type { ScoreSheetPlan } from "../../core/scoring/plan-score-sheets";
import type { Snapshot } from "../../core/table";
import { headerKey } from "../../core/text/normalize";
import { applySetup } from "../apply-setup";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Creates or completes the `Điểm Cụm N` tabs (through the setup adapter: headers,
 * widths, frozen header, rows appended below the last used row), then puts the
 * score validation on the two score columns. A fixed number of calls per tab.
 */
export function applyScoreSheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  plans: readonly ScoreSheetPlan[],
  snapshot: Snapshot,
): void {
  applySetup(ss, { tabs: plans.map((p) => p.tab), guide: null, seeded: [] }, snapshot);
  for (const { tab } of plans) {
    const sheet = ss.getSheetByName(tab.tab);
    if (sheet) validateScores(sheet, tab.headers);
  }
}

/**
 * One custom-formula rule per score column: blank, or a number from 0 to the
 * row's own `Điểm tối đa` (a relative reference, so one rule serves rows of
 * different maxima and survives reordered columns). Invalid input is accepted
 * with a warning mark, never rejected: a pasted block goes in whole and DI01
 * explains what is wrong.
 */
function validateScores(sheet: Sheet, headers: readonly string[]): void {
  const col = (h: string) => headers.findIndex((x) => headerKey(x) === headerKey(h)) + 1;
  const max = col(SCORE.max);
  const rows = sheet.getMaxRows() - 1;
  if (max < 1 || rows < 1) return;
  for (const header of [SCORE.self, SCORE.cross]) {
    const c = col(header);
    if (c < 1) continue;
    const cell = `${letters(c)}2`;
    const limit = `$${letters(max)}2`;
    const rule = SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied(`=OR(ISBLANK(${cell}),AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=${limit}))`)
      .setAllowInvalid(true)
      .setHelpText(`Nhập một số từ 0 đến '${SCORE.max}' của dòng (dùng dấu phẩy thập phân, ví dụ 7,5).`)
      .build();
    sheet.getRange(2, c, rows, 1).setDataValidation(rule);
  }
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
function letters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
