import { cellText, isBlank } from "../cell";
import { SCORE, STATUS_HEADER } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import type { Cluster, PlanIndex } from "../plan/types";
import type { Grid } from "../table";
import { toTable } from "../table";
import { cleanText } from "../text/normalize";
import { type Criterion, codeKey } from "./criteria";
import { readScoreCell, round2 } from "./score-cell";
import { SCORE_ROW_RULES } from "./score-row-rules";
import { addRow, newTally, type Tally, tallyFindings, type UnitScore } from "./unit-tally";

export type { UnitScore } from "./unit-tally";

export interface ScoreSheet {
  readonly sheet: string;
  readonly units: readonly UnitScore[];
  /** Sum of the maxima of the cluster's base criteria. */
  readonly maxTotal: number;
  /** Rows holding a unit or a criterion code: their status is written. */
  readonly dataRows: ReadonlySet<number>;
  /** A score has been entered somewhere in the tab: the cluster's scoring has started. */
  readonly started: boolean;
  readonly findings: readonly Finding[];
}

const REQUIRED = [SCORE.unit, SCORE.criterion, SCORE.self, SCORE.cross, STATUS_HEADER];

/**
 * Scores one `Điểm Cụm N` tab: each row read against `Tiêu chí` (the source of
 * truth, not the copied `Điểm tối đa`), then per unit the base points (cross-score,
 * else self-score), bonus, penalty and total, with DI01–DI05 and the rows whose
 * unit or criterion is no longer the cluster's (DK02, DK03, DI03: not counted).
 */
export function scoreSheet(
  grid: Grid,
  cluster: Cluster,
  criteria: readonly Criterion[],
  index: PlanIndex,
): ScoreSheet {
  const table = toTable(grid);
  const sheet = grid.name;
  const findings: Finding[] = [];
  const missingCols = REQUIRED.filter((h) => !table.has(h));
  for (const column of missingCols) {
    findings.push(
      error(
        "BT02",
        { sheet, row: 1, column },
        `Trang '${sheet}' thiếu cột '${column}'. Hãy thêm cột có đúng tiêu đề này vào dòng 1 hoặc chạy 'Chuẩn bị bảng chấm điểm'.`,
      ),
    );
  }
  const units = index.plan.units.filter((u) => index.cluster(u.clusterId)?.key === cluster.key);
  const maxTotal = round2(criteria.filter((c) => c.kind === "base").reduce((s, c) => s + c.max, 0));
  const dataRows = new Set<number>();
  if (missingCols.some((h) => h !== STATUS_HEADER)) {
    return { sheet, units: [], maxTotal, dataRows, findings, started: false };
  }
  const started = table.rows.some(
    (r) => !isBlank(table.get(r, SCORE.self)) || !isBlank(table.get(r, SCORE.cross)),
  );

  const byCode = new Map(criteria.map((c) => [c.key, c]));
  const tallies = new Map<string, Tally>(units.map((u) => [u.key, newTally(u)]));
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const unitText = cleanText(cellText(table.get(r, SCORE.unit)));
    const codeText = cleanText(cellText(table.get(r, SCORE.criterion)));
    if (!unitText && !codeText) continue;
    dataRows.add(r.rowNumber);
    const unit = unitText ? index.unit(unitText) : undefined;
    const tally = unit ? tallies.get(unit.key) : undefined;
    const criterion = byCode.get(codeKey(codeText));
    const pair = `${unit?.key}|${criterion?.key}`;
    const row = {
      rowNumber: r.rowNumber,
      unitText,
      codeText,
      unit,
      inCluster: tally !== undefined,
      criterion,
      firstRow: seen.get(pair),
    };
    const refusal = SCORE_ROW_RULES.map((rule) => rule(row, cluster, index)).find((x) => x !== null);
    if (refusal || !tally || !criterion || !unit) {
      if (refusal) {
        const at = { sheet, row: r.rowNumber, column: refusal.column, unit: unitText || undefined };
        findings.push(error(refusal.code, at, refusal.message));
      }
      continue;
    }
    seen.set(pair, r.rowNumber);
    const self = readScoreCell(table.get(r, SCORE.self), criterion.max);
    const cross = readScoreCell(table.get(r, SCORE.cross), criterion.max);
    findings.push(...addRow(tally, criterion, self, cross, { sheet, row: r.rowNumber, unit: unit.name }));
  }

  const out: UnitScore[] = [];
  for (const unit of units) {
    const tally = tallies.get(unit.key) as Tally;
    findings.push(...tallyFindings(tally, criteria, sheet, cluster.id, maxTotal));
    out.push(tally.result());
  }
  return { sheet, units: out, maxTotal, dataRows, findings, started };
}
