import { clusterTabName, REG, scoreTabName, TAB } from "../../src/core/contract/workbook";
import { isDate, loadBundle, type Sandbox } from "../gas-sandbox";
import { DEMO_NOW } from "./demo-day";
import { fillShared } from "./fill-shared";
import { MISTAKES } from "./mistakes";
import { validRegistrations } from "./registrations";
import { DEMO_ADMIN, fillAccess, fillScores } from "./scores";
import { SheetWriter } from "./sheet-writer";
import { DEMO_UNIT_ROWS } from "./units";
import { fillYearEnd, yearEndRegistrations } from "./year-end";

/**
 * Builds the demo workbook with the built bundle, the sandbox clock on the demo day (20/02/2020,
 * `demo-day.ts`): `setupWorkbook` on an empty spreadsheet, the demo units, settings
 * (`Email quản trị`; `Ngày tham chiếu` blank), cluster heads, cluster 3's own earlier deadline,
 * dossiers, campaigns, timeline, registrations with their planted mistakes, then
 * `prepareScoreSheets`, scores partly entered (`SCORE_PLAN`), `computeScores`
 * (`BC Kết quả chấm điểm` and its chart); then the year end (`year-end.ts`: headcounts, the
 * 2018–2019 history, the results of most rows), `buildProposalList` (`BC Đề nghị khen thưởng`)
 * and `checkData` (status columns and `BC Kiểm tra`).
 * Deterministic: no randomness, and the clock stands still (the reports' times too).
 */
export function buildDemo(bundle = "build/Code.js"): Sandbox {
  // The office made the spreadsheet: its owner runs setup while `Email quản trị` is still blank.
  const sb = loadBundle(bundle, { tabs: {}, user: DEMO_ADMIN, owner: DEMO_ADMIN, now: DEMO_NOW });
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
  freezeUnitColumns(w, [...byCluster.keys()]);
  return sb;
}

/**
 * The office's own view setting, not the add-on's: the unit stays on screen while one scrolls
 * to `Kết quả kiểm tra` (STT and Đơn vị of each `Cụm N`, Đơn vị of each `Điểm Cụm N`), as one
 * would set with Xem › Cố định in Sheets. The file keeps it, so Sheets shows it too.
 */
function freezeUnitColumns(w: SheetWriter, clusters: readonly string[]): void {
  w.ss._env.calls.untracked(() => {
    for (const id of clusters) {
      w.sheet(clusterTabName(id)).setFrozenColumns(2);
      w.ss.getSheetByName(scoreTabName(id))?.setFrozenColumns(1);
    }
  });
}
