import { cellText } from "../cell";
import { SCORE, STATUS_HEADER } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import type { Cluster, PlanIndex, Unit } from "../plan/types";
import type { Grid } from "../table";
import { toTable } from "../table";
import { cleanText } from "../text/normalize";
import { quote } from "../text/quote";
import { type Criterion, codeKey } from "./criteria";
import { readScoreCell, round2 } from "./score-cell";
import { addRow, newTally, type Tally, tallyFindings } from "./unit-tally";

/** One unit's scores in its cluster. `selfTotal`/`crossTotal` are null when none was entered. */
export interface UnitScore {
  readonly unit: Unit;
  readonly base: number;
  readonly bonus: number;
  readonly penalty: number;
  readonly total: number;
  readonly selfTotal: number | null;
  readonly crossTotal: number | null;
  /** Base criteria without any usable score (DI02). */
  readonly missing: number;
  /** Score cells DI01 rejects. */
  readonly invalid: number;
  /** Rows scored by the unit itself only (DI04). */
  readonly selfOnly: number;
  /** The unit's first row in the score tab, where unit-level findings are shown. */
  readonly firstRow: number | null;
}

export interface ScoreSheet {
  readonly sheet: string;
  readonly units: readonly UnitScore[];
  /** Sum of the maxima of the cluster's base criteria. */
  readonly maxTotal: number;
  /** Rows holding a unit or a criterion code: their status is written. */
  readonly dataRows: ReadonlySet<number>;
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
  if (missingCols.some((h) => h !== STATUS_HEADER)) return { sheet, units: [], maxTotal, dataRows, findings };

  const byCode = new Map(criteria.map((c) => [c.key, c]));
  const tallies = new Map<string, Tally>(units.map((u) => [u.key, newTally(u)]));
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const unitText = cleanText(cellText(table.get(r, SCORE.unit)));
    const codeText = cleanText(cellText(table.get(r, SCORE.criterion)));
    if (!unitText && !codeText) continue;
    dataRows.add(r.rowNumber);
    const at = { sheet, row: r.rowNumber, unit: unitText || undefined };
    const unit = unitText ? index.unit(unitText) : undefined;
    if (!unit) {
      const hint = unitText ? index.suggestUnit(unitText) : undefined;
      findings.push(
        error(
          "DK02",
          { ...at, column: SCORE.unit },
          unitText
            ? `Đơn vị ${quote(unitText)} không có trong trang Đơn vị${hint ? ` — có phải ${quote(hint)}?` : " (đã bị xóa hoặc đổi tên?)"}: dòng điểm này không được tính.`
            : "Dòng điểm không ghi 'Đơn vị': dòng này không được tính.",
        ),
      );
      continue;
    }
    const tally = tallies.get(unit.key);
    if (!tally) {
      findings.push(
        error(
          "DK03",
          { ...at, column: SCORE.unit },
          `Đơn vị ${quote(unit.name)} thuộc cụm ${unit.clusterId}, không thuộc cụm ${cluster.id}: dòng điểm này không được tính.`,
        ),
      );
      continue;
    }
    const criterion = byCode.get(codeKey(codeText));
    if (!criterion) {
      findings.push(
        error(
          "DI03",
          { ...at, column: SCORE.criterion },
          `Mã tiêu chí ${quote(codeText)} không phải tiêu chí của cụm ${cluster.id} trong trang Tiêu chí (đã bị xóa hoặc sửa mã?): dòng điểm này không được tính.`,
        ),
      );
      continue;
    }
    const pair = `${unit.key}|${criterion.key}`;
    const first = seen.get(pair);
    if (first !== undefined) {
      findings.push(
        error(
          "DI03",
          { ...at, column: SCORE.criterion },
          `Tiêu chí ${quote(criterion.code)} của đơn vị ${quote(unit.name)} đã có ở dòng ${first}: dòng trùng này không được tính.`,
        ),
      );
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
  return { sheet, units: out, maxTotal, dataRows, findings };
}
