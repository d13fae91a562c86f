/**
 * Year-end scenarios in memory: the 2020 template, units of cluster 1 with headcounts, a
 * `Cụm 1` tab of registrations with their year-end cells, and `Lịch sử khen thưởng`.
 */
import type { Cell } from "../../../src/core/cell";
import {
  CLUSTER_TAB_HEADERS,
  clusterTabName,
  HISTORY,
  REG,
  RESULT,
  SETTING,
  SUBJECT,
  TAB,
  UNIT,
} from "../../../src/core/contract/workbook";
import type { CivilDate } from "../../../src/core/dates/civil-date";
import type { Finding } from "../../../src/core/findings/finding";
import { error } from "../../../src/core/findings/make";
import type { PlanIndex } from "../../../src/core/plan/types";
import { type Registration, readRegistrations } from "../../../src/core/rules/registrations/registration";
import type { Snapshot } from "../../../src/core/table";
import { nameKey } from "../../../src/core/text/name-key";
import { checkYearEnd, type YearEndEvaluation } from "../../../src/core/year-end/check-year-end";
import { type HistoryEntry, readHistory } from "../../../src/core/year-end/history";
import { grid, planOf, type Row, tab, workbook } from "../plan/workbook";

export const LE_LOI = "UBND phường Lê Lợi";
export const NGO_QUYEN = "UBND phường Ngô Quyền";
const QUANG_TRUNG = "UBND phường Quang Trung";
export const CLUSTER_TAB = clusterTabName("1");

/** Ten people's names, for a unit's staff. */
export const PEOPLE = [
  "Trần Thị Hoa",
  "Nguyễn Văn An",
  "Lê Văn Bình",
  "Phạm Thị Cúc",
  "Hoàng Văn Dũng",
  "Vũ Thị Giang",
  "Đỗ Văn Hùng",
  "Bùi Thị Lan",
  "Ngô Văn Minh",
  "Đặng Thị Nga",
];

/** What a test says about a registration row of `Cụm 1`. */
export interface RegSpec {
  readonly unit?: string;
  /** Blank for the unit's collective. */
  readonly person?: string;
  readonly title: string;
  readonly outcome?: string;
  readonly rating?: string;
  readonly initiativeDecision?: string;
  readonly decisionNo?: string;
  readonly decisionDate?: Cell | CivilDate;
}

const regRow = (s: RegSpec): Row => ({
  [REG.unit]: s.unit ?? LE_LOI,
  [REG.subject]: s.person ? SUBJECT.individual : SUBJECT.collective,
  [REG.person]: s.person ?? "",
  [REG.title]: s.title,
  [REG.initiative]: "Sáng kiến cải cách thủ tục",
  [REG.date]: "20/02/2020",
  [RESULT.rating]: s.rating ?? "",
  [RESULT.outcome]: s.outcome ?? "",
  [RESULT.initiativeDecision]: s.initiativeDecision ?? "",
  [RESULT.decisionNo]: s.decisionNo ?? "",
  [RESULT.decisionDate]: s.decisionDate ?? "",
});

/** `Đạt` rows for the first `n` people of a unit for a title. */
export const passed = (title: string, n: number, unit = LE_LOI, extra: Partial<RegSpec> = {}): RegSpec[] =>
  PEOPLE.slice(0, n).map((person) => ({ unit, person, title, outcome: "Đạt", ...extra }));

/** A history row. */
export const past = (year: Cell, person: string, title: string, rating = "", unit = LE_LOI): Row => ({
  [HISTORY.year]: year,
  [HISTORY.unit]: unit,
  [HISTORY.subject]: person ? SUBJECT.individual : SUBJECT.collective,
  [HISTORY.person]: person,
  [HISTORY.title]: title,
  [HISTORY.rating]: rating,
});

export interface Scenario {
  readonly regs: readonly RegSpec[];
  readonly history?: readonly Row[];
  readonly settings?: Readonly<Record<string, Cell>>;
  /** `Số cán bộ` by unit name (default 10 for each). */
  readonly headcounts?: Readonly<Record<string, number | "">>;
  /** Names of the units the scoring proposes as leaders. */
  readonly leaders?: readonly string[];
  /** Findings the earlier checks made, given the registrations. */
  readonly findings?: (regs: readonly Registration[]) => Finding[];
}

export interface Run {
  readonly snapshot: Snapshot;
  readonly index: PlanIndex;
  readonly regs: readonly Registration[];
  readonly history: readonly HistoryEntry[];
  readonly historyFindings: readonly Finding[];
  readonly evaluation: YearEndEvaluation;
}

export function scenario(s: Scenario): Run {
  const units = [LE_LOI, NGO_QUYEN, QUANG_TRUNG].map((name) => ({
    [UNIT.name]: name,
    [UNIT.cluster]: "1",
    [UNIT.type]: "Phường",
    [UNIT.headcount]: s.headcounts?.[name] ?? 10,
  }));
  const snapshot = workbook({
    settings: { [SETTING.year]: 2020, ...s.settings },
    units,
    tabs: [grid(CLUSTER_TAB, CLUSTER_TAB_HEADERS, s.regs.map(regRow)), tab(TAB.history, s.history ?? [])],
  });
  const { index } = planOf(snapshot);
  const regs = readRegistrations(snapshot, index);
  const history = readHistory(snapshot, index);
  const evaluation = checkYearEnd({
    registrations: regs,
    findings: s.findings?.(regs) ?? [],
    leaders: new Set((s.leaders ?? []).map(nameKey)),
    history: history.entries,
    index,
  });
  return { snapshot, index, regs, history: history.entries, historyFindings: history.findings, evaluation };
}

/** An earlier check's error on a registration's row. */
export const rowError = (r: Registration, code: "DK03" | "DK12", message = "lỗi"): Finding =>
  error(code, { sheet: r.sheet, row: r.row, column: REG.unit, unit: r.unitName }, message);

/** The KT codes found on the i-th registration row. */
export const codesOn = (run: Run, i: number): string[] =>
  (run.evaluation.verdicts[i]?.findings ?? []).map((f) => f.code);
export const messageOn = (run: Run, i: number, code: string): string =>
  run.evaluation.verdicts[i]?.findings.find((f) => f.code === code)?.message ?? "";
