import type { Finding } from "../findings/finding";
import { SEVERITY } from "../findings/finding";
import type { PlanIndex, RatingAbbr, Title } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import { nameKey } from "../text/name-key";
import type { HistoryEntry } from "./history";
import { type ResultReading, readResult } from "./outcome";
import { subjectKey, subjectOf } from "./subject";

/** What the year-end checks read. */
export interface YearEndInput {
  /** This year's registrations (`readRegistrations`), every row of every `Cụm N`. */
  readonly registrations: readonly Registration[];
  /**
   * The findings the checks already made this run: row findings (matched to a registration
   * by `sheet` and `row`) and unit findings DV01/DV02 (matched by `unit`). Others are ignored,
   * and so are KT findings of an earlier run.
   */
  readonly findings: readonly Finding[];
  /** Keys (`Unit.key`, the unit name's `nameKey`) of the units the scoring proposes as cluster leaders. */
  readonly leaders: ReadonlySet<string>;
  /** `Lịch sử khen thưởng` (`readHistory`). */
  readonly history: readonly HistoryEntry[];
  readonly index: PlanIndex;
}

/** A registration with its year-end cells read and its subject's key. */
export interface RowState {
  readonly reg: Registration;
  readonly reading: ResultReading;
  readonly subject: string;
}

/** What a condition asks a subject to have reached in a year: a title, or a rating. */
export type Target =
  | { readonly kind: "title"; readonly title: Title }
  | { readonly kind: "rating"; readonly rating: RatingAbbr };

export interface YearEndContext {
  readonly index: PlanIndex;
  /** `Năm thi đua`, else the year of "today" (a BT03 already says the setting is unusable). */
  readonly year: number;
  readonly rows: readonly RowState[];
  readonly leaders: ReadonlySet<string>;
  /** Error findings of the earlier checks on the registration's row. */
  errorsOn(r: Registration): readonly Finding[];
  /** DV01/DV02 of a unit, by unit key. */
  unitFlags(unitKey: string): readonly Finding[];
  /** True when the subject reached the target that year: this year's rows, or the history. */
  reached(subject: string, year: number, target: Target): boolean;
}

const targetKey = (t: Target): string => (t.kind === "title" ? `t:${t.title.key}` : `r:${t.rating}`);
const rowKey = (sheet: string | null, row: number | null): string => `${sheet}|${row}`;

/** Reads the rows once and indexes what every rule asks about them. */
export function buildContext(input: YearEndInput): YearEndContext {
  const { index } = input;
  const year = index.plan.year ?? index.plan.today.year;
  const rows: RowState[] = input.registrations.map((reg) => ({
    reg,
    reading: readResult(reg),
    subject: subjectOf(reg),
  }));
  const errors = new Map<string, Finding[]>();
  const flags = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (f.code.startsWith("KT") || f.severity !== SEVERITY.error) continue;
    if ((f.code === "DV01" || f.code === "DV02") && f.unit) {
      const k = nameKey(f.unit);
      flags.set(k, [...(flags.get(k) ?? []), f]);
    } else if (f.row !== null) {
      const k = rowKey(f.sheet, f.row);
      errors.set(k, [...(errors.get(k) ?? []), f]);
    }
  }
  const reached = new Set<string>();
  const mark = (subject: string, y: number, t: Target) => reached.add(`${subject}#${y}#${targetKey(t)}`);
  for (const s of rows) {
    if (s.reading.outcome === "passed" && s.reg.title)
      mark(s.subject, year, { kind: "title", title: s.reg.title });
    if (s.reading.rating) mark(s.subject, year, { kind: "rating", rating: s.reading.rating });
  }
  for (const e of input.history) {
    const subject = subjectKey(e.unitKey, e.subject, e.personKey);
    if (typeof e.title !== "string") mark(subject, e.year, { kind: "title", title: e.title });
    if (e.ratingAbbr) mark(subject, e.year, { kind: "rating", rating: e.ratingAbbr });
  }
  return {
    index,
    year,
    rows,
    leaders: input.leaders,
    errorsOn: (r) => errors.get(rowKey(r.sheet, r.row)) ?? [],
    unitFlags: (unitKey) => flags.get(unitKey) ?? [],
    reached: (subject, y, t) => reached.has(`${subject}#${y}#${targetKey(t)}`),
  };
}
