import { SUBJECT } from "../contract/workbook";
import { type Finding, SEVERITY } from "../findings/finding";
import type { PlanIndex, Title, Unit } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import type { YearEndEvaluation } from "./check-year-end";
import { unitKeyOf, unitNameOf } from "./subject";

/** A unit's proposed rows for one title, people ordered by `compareNames`. */
interface UnitGroup {
  readonly unitName: string;
  readonly unit: Unit | undefined;
  readonly rows: readonly Registration[];
}

interface TitleGroup {
  readonly title: Title;
  readonly units: readonly UnitGroup[];
  /** Proposed rows of this title. */
  readonly count: number;
}

/** The proposals one deciding level (`Cấp quyết định`) decides; '' gathers titles without one. */
export interface LevelGroup {
  readonly level: string;
  /** Collective titles first, then individual ones, each in `Danh hiệu` order. */
  readonly titles: readonly TitleGroup[];
  readonly count: number;
}

/** `Danh sách đề nghị khen thưởng` as data (DOCUMENTS.md), with the counts a cover letter cites. */
export interface ProposalList {
  readonly year: number;
  /** Levels in the order their first title appears in `Danh hiệu`; '' last. */
  readonly levels: readonly LevelGroup[];
  /** Every other `Đạt` row, in sheet order, with the KT errors that keep it off the list. */
  readonly notProposed: readonly {
    readonly registration: Registration;
    readonly reasons: readonly Finding[];
  }[];
  /** Rows still without `Kết quả bình xét` (KT08). */
  readonly pending: readonly Registration[];
  readonly total: number;
}

/** Orders two people's names within a unit; the Vietnamese ordering is supplied by the caller. */
export type CompareNames = (a: string, b: string) => number;

/** Plain code-unit order: a stand-in until the caller passes the Vietnamese ordering (no `Intl` here). */
const simpleCompare: CompareNames = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The proposal list from one evaluation: proposed rows grouped by `Cấp quyết định` → title →
 * unit (units in `Đơn vị` order), collectives first; the rows not proposed apart.
 */
export function proposalList(
  evaluation: YearEndEvaluation,
  index: PlanIndex,
  compareNames: CompareNames = simpleCompare,
): ProposalList {
  const titleOrder = new Map(index.plan.titles.map((t, i) => [t, i]));
  const unitOrder = new Map(index.plan.units.map((u, i) => [u.key, i]));
  const proposed = evaluation.verdicts.filter((v) => v.proposed && v.registration.title);
  const levelNames: string[] = [];
  for (const t of index.plan.titles)
    if (!levelNames.includes(t.decisionLevel)) levelNames.push(t.decisionLevel);
  levelNames.sort((a, b) => (a === "" ? 1 : 0) - (b === "" ? 1 : 0));
  const collectiveFirst = (t: Title) => (t.subject === SUBJECT.collective ? 0 : 1);
  const levels: LevelGroup[] = [];
  for (const level of levelNames) {
    const titles = index.plan.titles
      .filter((t) => t.decisionLevel === level)
      .sort(
        (a, b) =>
          collectiveFirst(a) - collectiveFirst(b) || (titleOrder.get(a) ?? 0) - (titleOrder.get(b) ?? 0),
      )
      .map((title) =>
        titleGroup(
          title,
          proposed.filter((v) => v.registration.title?.key === title.key).map((v) => v.registration),
        ),
      )
      .filter((g) => g.count > 0);
    if (titles.length > 0) levels.push({ level, titles, count: titles.reduce((n, g) => n + g.count, 0) });
  }
  return {
    year: evaluation.year,
    levels,
    notProposed: evaluation.verdicts
      .filter((v) => v.outcome === "passed" && !v.proposed)
      .map((v) => ({
        registration: v.registration,
        reasons: v.findings.filter((f) => f.severity === SEVERITY.error),
      })),
    pending: evaluation.verdicts.filter((v) => v.outcome === "pending").map((v) => v.registration),
    total: proposed.length,
  };

  function titleGroup(title: Title, rows: Registration[]): TitleGroup {
    const byUnit = new Map<string, Registration[]>();
    for (const r of rows) byUnit.set(unitKeyOf(r), [...(byUnit.get(unitKeyOf(r)) ?? []), r]);
    const rank = (key: string) => unitOrder.get(key) ?? Number.MAX_SAFE_INTEGER;
    const units = [...byUnit.entries()]
      .sort(
        ([a, ra], [b, rb]) =>
          rank(a) - rank(b) ||
          simpleCompare(unitNameOf(ra[0] as Registration), unitNameOf(rb[0] as Registration)),
      )
      .map(([, list]) => ({
        unitName: unitNameOf(list[0] as Registration),
        unit: list[0]?.unit,
        rows: [...list].sort((a, b) => compareNames(a.person, b.person)),
      }));
    return { title, units, count: rows.length };
  }
}
