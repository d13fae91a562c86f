import { SCORE } from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error, warning } from "../findings/make";
import type { Unit } from "../plan/types";
import { quote } from "../text/quote";
import type { Criterion } from "./criteria";
import { formatPoints, round2, type ScoreCell } from "./score-cell";

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

/** A unit's running sums while its rows are read. */
export interface Tally {
  readonly unit: Unit;
  readonly sums: { base: number; bonus: number; penalty: number; self: number; cross: number };
  /** Totals over the rows that have both scores, for DI05. */
  readonly compared: { self: number; cross: number; rows: number };
  readonly seen: Set<string>;
  /** Codes of the base criteria whose rows hold no usable score (DI02 names them all at once). */
  readonly blank: string[];
  counts: { selfRows: number; crossRows: number; missing: number; invalid: number; selfOnly: number };
  firstRow: number | null;
  result(): UnitScore;
}

export function newTally(unit: Unit): Tally {
  const t: Tally = {
    unit,
    sums: { base: 0, bonus: 0, penalty: 0, self: 0, cross: 0 },
    compared: { self: 0, cross: 0, rows: 0 },
    seen: new Set(),
    blank: [],
    counts: { selfRows: 0, crossRows: 0, missing: 0, invalid: 0, selfOnly: 0 },
    firstRow: null,
    result: () => ({
      unit,
      base: round2(t.sums.base),
      bonus: round2(t.sums.bonus),
      penalty: round2(t.sums.penalty),
      total: round2(t.sums.base + t.sums.bonus - t.sums.penalty),
      selfTotal: t.counts.selfRows > 0 ? round2(t.sums.self) : null,
      crossTotal: t.counts.crossRows > 0 ? round2(t.sums.cross) : null,
      missing: t.counts.missing,
      invalid: t.counts.invalid,
      selfOnly: t.counts.selfOnly,
      firstRow: t.firstRow,
    }),
  };
  return t;
}

type At = { sheet: string; row: number; unit: string };

/**
 * Adds one score row: the cross-score counts when given, else the self-score
 * (DI04). DI01 for a cell that is not a number in 0..max; DI02 for a base
 * criterion with no usable score. A blank bonus or penalty line counts 0.
 */
export function addRow(t: Tally, c: Criterion, self: ScoreCell, cross: ScoreCell, at: At): Finding[] {
  const out: Finding[] = [];
  t.seen.add(c.key);
  if (t.firstRow === null || at.row < t.firstRow) t.firstRow = at.row;
  for (const [cell, column] of [
    [self, SCORE.self],
    [cross, SCORE.cross],
  ] as const) {
    if (cell.kind === "blank" || cell.problem === "") continue;
    t.counts.invalid++;
    out.push(error("DI01", { ...at, column }, `'${column}' của tiêu chí ${quote(c.code)} ${cell.problem}.`));
  }
  const sign = c.kind === "penalty" ? -1 : 1;
  if (self.kind === "number") {
    t.counts.selfRows++;
    t.sums.self += sign * self.points;
  }
  if (cross.kind === "number") {
    t.counts.crossRows++;
    t.sums.cross += sign * cross.points;
  }
  if (self.kind === "number" && cross.kind === "number") {
    t.compared.self += sign * self.points;
    t.compared.cross += sign * cross.points;
    t.compared.rows++;
  }
  const used = cross.kind === "number" ? cross : self.kind === "number" ? self : null;
  if (used) t.sums[c.kind] += used.points;
  if (cross.kind === "blank" && self.kind === "number") {
    t.counts.selfOnly++;
    out.push(
      warning(
        "DI04",
        { ...at, column: SCORE.cross },
        `Tiêu chí ${quote(c.code)} mới có điểm tự chấm (${formatPoints(self.points)}), chưa có điểm chấm chéo: tạm tính điểm tự chấm.`,
      ),
    );
  }
  if (!used && c.kind === "base") {
    t.counts.missing++;
    if (self.kind === "blank" && cross.kind === "blank") t.blank.push(c.code);
  }
  return out;
}

/** Unit-level findings once every row is read: DI02 for missing rows, DI05. */
export function tallyFindings(
  t: Tally,
  criteria: readonly Criterion[],
  sheet: string,
  clusterId: string,
  maxTotal: number,
): Finding[] {
  const out: Finding[] = [];
  const at = { sheet, row: t.firstRow, unit: t.unit.name };
  // DI02: one finding per unit, naming every base criterion still without a score.
  const absent = criteria.filter((c) => c.kind === "base" && !t.seen.has(c.key));
  t.counts.missing += absent.length;
  const parts: string[] = [];
  if (t.blank.length > 0) {
    parts.push(`${t.blank.length} tiêu chí chưa có điểm tự chấm lẫn điểm chấm chéo: ${t.blank.join(", ")}`);
  }
  if (absent.length > 0) {
    parts.push(
      `${absent.length} tiêu chí chưa có dòng điểm: ${absent.map((c) => c.code).join(", ")} (hãy chạy 'Chuẩn bị bảng chấm điểm' để thêm dòng)`,
    );
  }
  if (parts.length > 0) {
    out.push(
      error(
        "DI02",
        { ...at, column: SCORE.self },
        `Đơn vị ${quote(t.unit.name)} (cụm ${clusterId}): ${parts.join("; ")}.`,
      ),
    );
  }
  const gap = Math.abs(t.compared.self - t.compared.cross);
  if (t.compared.rows > 0 && maxTotal > 0 && round2(gap) > round2(maxTotal * 0.1)) {
    out.push(
      warning(
        "DI05",
        at,
        `Đơn vị ${quote(t.unit.name)}: tổng điểm tự chấm ${formatPoints(t.compared.self)} và tổng điểm chấm chéo ${formatPoints(t.compared.cross)} (trên ${t.compared.rows} tiêu chí có cả hai) chênh ${formatPoints(gap)} điểm, quá 10% tổng điểm tối đa (${formatPoints(maxTotal)}). Cụm cần xem lại.`,
      ),
    );
  }
  return out;
}
