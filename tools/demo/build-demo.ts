import { clusterTabName, REG, TAB } from "../../src/core/contract/workbook";
import { isDate, loadBundle, type Sandbox } from "../gas-sandbox";
import { fillShared } from "./fill-shared";
import { MISTAKES } from "./mistakes";
import { validRegistrations } from "./registrations";
import { DEMO_ADMIN, fillAccess, fillScores } from "./scores";
import { SheetWriter } from "./sheet-writer";
import { DEMO_UNIT_ROWS } from "./units";
import { fillYearEnd, yearEndRegistrations } from "./year-end";

/**
 * Builds the demo workbook with the built bundle: `setupWorkbook` on an empty spreadsheet,
 * the demo units, settings (reference date 15/03/2020, `Email quản trị`), cluster heads,
 * dossiers, campaigns, timeline, registrations with their planted mistakes, then
 * `prepareScoreSheets`, scores partly entered (`SCORE_PLAN`), `computeScores`
 * (`BC Kết quả chấm điểm` and its chart); then the year end (`year-end.ts`: headcounts, the
 * 2018–2019 history, the results of most rows), `buildProposalList` (`BC Đề nghị khen thưởng`)
 * and `checkData` (status columns and `BC Kiểm tra`).
 * Deterministic: no randomness; only the time stamps of the reports and the log vary.
 */
export function buildDemo(bundle = "build/Code.js"): Sandbox {
  // The office made the spreadsheet: its owner runs setup while `Email quản trị` is still blank.
  const sb = loadBundle(bundle, { tabs: {}, user: DEMO_ADMIN, owner: DEMO_ADMIN });
  sb.call("setupWorkbook");
  const w = new SheetWriter(sb.services.spreadsheet);
  w.append(TAB.units, DEMO_UNIT_ROWS);
  fillShared(w, isDate);
  fillAccess(w);
  const byCluster = validRegistrations();
  for (const e of yearEndRegistrations()) byCluster.get(e.cluster)?.push(e.row);
  for (const m of MISTAKES) byCluster.get(m.cluster)?.push(m.row);
  for (const [cluster, rows] of byCluster) {
    w.append(
      clusterTabName(cluster),
      rows.map((r, i) => ({ [REG.no]: i + 1, ...r })),
    );
  }
  // Scoring under way: tabs prepared, scores partly entered, then totalled and ranked.
  sb.call("prepareScoreSheets");
  fillScores(w);
  sb.call("computeScores");
  fillYearEnd(w, byCluster);
  sb.call("buildProposalList");
  sb.services.ui.alerts.length = 0;
  sb.call("checkData");
  return sb;
}
