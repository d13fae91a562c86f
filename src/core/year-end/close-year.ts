import { isBlank } from "../cell";
import { HISTORY, SUBJECT } from "../contract/workbook";
import { formatCivil } from "../dates";
import type { CivilDate } from "../dates/civil-date";
import { ratingName } from "../plan/ratings";
import type { PlanIndex, RatingAbbr } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import { nameKey } from "../text/name-key";
import type { WriteValue } from "../write-value";
import { dateOrText, type HistoryEntry } from "./history";
import { readResult } from "./outcome";
import { subjectKey, subjectOf, unitNameOf } from "./subject";

/** A row of `Lịch sử khen thưởng` to write, by header. */
export type HistoryValues = Readonly<Record<string, WriteValue>>;

/** What `Kết thúc năm thi đua` writes to `Lịch sử khen thưởng`. */
export interface CloseYear {
  /** New rows, in sheet order of the registrations. */
  readonly append: readonly HistoryValues[];
  /** Existing rows of this year whose decision (or rating) changed: only the changed cells. */
  readonly update: readonly { readonly row: number; readonly values: HistoryValues }[];
}

interface YearRecord {
  readonly key: string;
  readonly values: HistoryValues;
  readonly rating: RatingAbbr | null;
  readonly decisionNo: string;
  readonly decisionDate: CivilDate | string;
}

const dateText = (d: CivilDate | string): string => (typeof d === "string" ? d : formatCivil(d));

/**
 * This year's records: one per `Đạt` row, and a rating-only one for a rated subject without
 * any `Đạt` (a year's rating matters to `N năm liên tục: HTXSNV` even when no title was
 * reached). A subject's rating, written on any of its rows, goes on each of its records.
 */
function recordsOf(regs: readonly Registration[], year: number): YearRecord[] {
  const rows = regs
    .filter((r) => r.subject && r.unitName)
    .map((r) => ({ r, subject: subjectOf(r), ...readResult(r) }));
  const ratingOf = new Map<string, RatingAbbr>();
  for (const { subject, rating } of rows) if (rating && !ratingOf.has(subject)) ratingOf.set(subject, rating);
  const passed = rows.filter((x) => x.outcome === "passed" && x.r.titleText);
  const withTitle = new Set(passed.map((x) => x.subject));
  const ratedOnly = rows.filter((x) => !withTitle.has(x.subject) && ratingOf.has(x.subject));
  return [...passed, ...ratedOnly].map(({ r, subject, outcome }): YearRecord => {
    const rating = ratingOf.get(subject) ?? null;
    const isTitle = outcome === "passed" && r.titleText !== "";
    const decisionDate = isTitle && !isBlank(r.result.decisionDate) ? dateOrText(r.result.decisionDate) : "";
    const decisionNo = isTitle ? r.result.decisionNo : "";
    return {
      key: `${year}|${subject}|${isTitle ? (r.title?.key ?? nameKey(r.titleText)) : ""}`,
      values: {
        [HISTORY.year]: year,
        [HISTORY.unit]: unitNameOf(r),
        [HISTORY.subject]: r.subject ?? "",
        [HISTORY.person]: r.subject === SUBJECT.individual ? r.person : "",
        [HISTORY.title]: isTitle ? (r.title?.name ?? r.titleText) : "",
        [HISTORY.rating]: rating ? ratingName(rating) : "",
        [HISTORY.decisionNo]: decisionNo,
        [HISTORY.decisionDate]: decisionDate,
      },
      rating,
      decisionNo,
      decisionDate,
    };
  });
}

/**
 * `Kết thúc năm thi đua`: this year's results to record in `Lịch sử khen thưởng`, once.
 * A row already there for the same year, subject and title (a rerun) is not appended again;
 * when its `Số quyết định`, `Ngày quyết định` or `Xếp loại` differs from a filled value of
 * this year's row, those cells are updated. A blank value never clears what the office typed.
 */
export function closeYear(
  regs: readonly Registration[],
  history: readonly HistoryEntry[],
  index: PlanIndex,
): CloseYear {
  const year = index.plan.year ?? index.plan.today.year;
  const existing = new Map<string, HistoryEntry>();
  for (const e of history) {
    if (e.year !== year) continue;
    const title = typeof e.title === "string" ? nameKey(e.title) : e.title.key;
    const key = `${e.year}|${subjectKey(e.unitKey, e.subject, e.personKey)}|${title}`;
    if (!existing.has(key)) existing.set(key, e);
  }
  const append: HistoryValues[] = [];
  const update: { row: number; values: HistoryValues }[] = [];
  const seen = new Set<string>();
  for (const rec of recordsOf(regs, year)) {
    if (seen.has(rec.key)) continue;
    seen.add(rec.key);
    const old = existing.get(rec.key);
    if (!old) {
      append.push(rec.values);
      continue;
    }
    const values: Record<string, WriteValue> = {};
    if (rec.decisionNo && rec.decisionNo !== old.decisionNo) values[HISTORY.decisionNo] = rec.decisionNo;
    if (rec.decisionDate !== "" && dateText(rec.decisionDate) !== dateText(old.decisionDate)) {
      values[HISTORY.decisionDate] = rec.decisionDate;
    }
    if (rec.rating && rec.rating !== old.ratingAbbr) values[HISTORY.rating] = ratingName(rec.rating);
    if (Object.keys(values).length > 0) update.push({ row: old.row, values });
  }
  return { append, update };
}
