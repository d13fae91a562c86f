import { type Cell, cellText, isBlank } from "../cell";
import { HISTORY, SUBJECT, TAB } from "../contract/workbook";
import { MAX_YEAR, MIN_YEAR, parseDateCell } from "../dates";
import type { CivilDate } from "../dates/civil-date";
import type { Finding } from "../findings/finding";
import { error, warning } from "../findings/make";
import { RATING_CHOICES, ratingOf } from "../plan/ratings";
import type { PlanIndex, RatingAbbr, Subject, Title } from "../plan/types";
import { findGrid, type Snapshot, toTable } from "../table";
import { nameKey } from "../text/name-key";
import { cleanText } from "../text/normalize";
import { quote } from "../text/quote";

/** One row of `Lịch sử khen thưởng`: a subject's title or rating in a past (or this) year. */
export interface HistoryEntry {
  readonly year: number;
  /** `Đơn vị` as written, and its name key (the unit part of a subject's identity). */
  readonly unitName: string;
  readonly unitKey: string;
  readonly subject: Subject;
  readonly person: string;
  /** `nameKey(Họ và tên)`; '' for a collective. */
  readonly personKey: string;
  /** The title found in `Danh hiệu`, else the text as written ('' for a row holding only a rating). */
  readonly title: Title | string;
  readonly ratingAbbr: RatingAbbr | null;
  readonly decisionNo: string;
  /** `Ngày quyết định`: the date, else the text as written ('' when blank). */
  readonly decisionDate: CivilDate | string;
  readonly row: number;
}

/** `Năm`: a whole number (or its text) between the years the dates accept; null otherwise. */
function yearOf(c: Cell): number | null {
  const n = typeof c === "number" ? c : typeof c === "string" && /^\s*\d{4}\s*$/u.test(c) ? Number(c) : NaN;
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
}

/** A date cell or `dd/mm/yyyy` text as a date, anything else as its clean text. */
export function dateOrText(c: Cell): CivilDate | string {
  const parsed = parseDateCell(c);
  return parsed.ok ? parsed.date : cleanText(cellText(c));
}

/**
 * Reads `Lịch sử khen thưởng` (an optional tab: none gives no entries). A row whose `Năm`
 * is unusable is BT03 and left out; a `Xếp loại` outside the list is KT09 and read as none.
 * `Đối tượng`, when blank or unknown, follows `Họ và tên`: a name makes an individual.
 */
export function readHistory(
  snapshot: Snapshot,
  index: PlanIndex,
): { entries: HistoryEntry[]; findings: Finding[] } {
  const entries: HistoryEntry[] = [];
  const findings: Finding[] = [];
  const grid = findGrid(snapshot, TAB.history);
  if (!grid) return { entries, findings };
  const table = toTable(grid);
  for (const row of table.rows) {
    const text = (h: string) => cleanText(cellText(table.get(row, h)));
    const where = (column: string) => ({ sheet: grid.name, row: row.rowNumber, column });
    const year = yearOf(table.get(row, HISTORY.year));
    if (year === null) {
      const raw = text(HISTORY.year);
      findings.push(
        error(
          "BT03",
          where(HISTORY.year),
          `${TAB.history} dòng ${row.rowNumber}: '${HISTORY.year}' phải là một năm, ví dụ 2019${raw ? `, đang là ${quote(raw)}` : " (đang để trống)"}. Dòng này chưa được dùng khi xét điều kiện nhiều năm.`,
        ),
      );
      continue;
    }
    const person = text(HISTORY.person);
    const subjectText = nameKey(text(HISTORY.subject));
    const subject: Subject =
      subjectText === nameKey(SUBJECT.collective)
        ? SUBJECT.collective
        : subjectText === nameKey(SUBJECT.individual) || person
          ? SUBJECT.individual
          : SUBJECT.collective;
    const ratingText = text(HISTORY.rating);
    const ratingAbbr = ratingText ? (ratingOf(ratingText) ?? null) : null;
    if (ratingText && ratingAbbr === null) {
      findings.push(
        warning(
          "KT09",
          where(HISTORY.rating),
          `${TAB.history} dòng ${row.rowNumber}: '${HISTORY.rating}' là ${quote(ratingText)}, không thuộc danh sách (${RATING_CHOICES}).`,
        ),
      );
    }
    const titleText = text(HISTORY.title);
    const unitName = text(HISTORY.unit);
    entries.push({
      year,
      unitName,
      unitKey: nameKey(unitName),
      subject,
      person: subject === SUBJECT.individual ? person : "",
      personKey: subject === SUBJECT.individual ? nameKey(person) : "",
      title: (titleText && index.title(titleText)) || titleText,
      ratingAbbr,
      decisionNo: text(HISTORY.decisionNo),
      decisionDate: isBlank(table.get(row, HISTORY.decisionDate))
        ? ""
        : dateOrText(table.get(row, HISTORY.decisionDate)),
      row: row.rowNumber,
    });
  }
  return { entries, findings };
}
