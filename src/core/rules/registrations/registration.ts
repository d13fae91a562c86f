import { type Cell, cellText, isBlank } from "../../cell";
import { clusterTabName, REG, RESULT, SUBJECT } from "../../contract/workbook";
import { parseDateCell } from "../../dates";
import type { CivilDate } from "../../dates/civil-date";
import type { Cluster, PlanIndex, Subject, Title, Unit } from "../../plan/types";
import { findGrid, type Grid, type Snapshot, toTable } from "../../table";
import { nameKey } from "../../text/name-key";
import { cleanText } from "../../text/normalize";

/** One row of a `Cụm N` tab, read against the plan. */
export interface Registration {
  readonly sheet: string;
  readonly row: number;
  readonly cluster: Cluster;
  /** Raw cells by header, for the text checks. */
  readonly raw: Readonly<Record<string, Cell>>;
  readonly unitName: string;
  readonly unit: Unit | undefined;
  readonly subjectText: string;
  readonly subject: Subject | undefined;
  readonly person: string;
  readonly personKey: string;
  readonly titleText: string;
  readonly title: Title | undefined;
  readonly initiative: string;
  readonly date:
    | { readonly ok: true; readonly date: CivilDate }
    | { readonly ok: false; readonly reason: string };
  /** The year-end columns as written (clean text; '' when blank or the column is absent). */
  readonly result: YearEndCells;
}

/** The year-end cells of a registration row (`Xếp loại`, `Kết quả bình xét`, …), as clean text. */
interface YearEndCells {
  readonly rating: string;
  readonly outcome: string;
  readonly initiativeDecision: string;
  readonly decisionNo: string;
  /** `Ngày quyết định` as read: a date cell, text or ''. */
  readonly decisionDate: Cell;
}

/** The data headers of a registration row (all but the status column). */
export const DATA_HEADERS = [
  REG.no,
  REG.unit,
  REG.subject,
  REG.person,
  REG.position,
  REG.title,
  REG.initiative,
  REG.date,
  REG.enteredBy,
];

/**
 * A row is a registration when one of these is filled: a row holding only a
 * number, a date the add-on stamped, or an old status is not one.
 */
const CONTENT_HEADERS = [REG.unit, REG.subject, REG.person, REG.position, REG.title, REG.initiative];

const SUBJECTS: readonly Subject[] = [SUBJECT.collective, SUBJECT.individual];

/** Reads one row of a cluster tab. */
function readRegistration(
  sheet: string,
  cluster: Cluster,
  get: (header: string) => Cell,
  row: number,
  index: PlanIndex,
): Registration {
  const raw: Record<string, Cell> = {};
  for (const h of DATA_HEADERS) raw[h] = get(h);
  const text = (h: string) => cleanText(cellText(raw[h]));
  const unitName = text(REG.unit);
  const subjectText = text(REG.subject);
  const titleText = text(REG.title);
  const person = text(REG.person);
  return {
    sheet,
    row,
    cluster,
    raw,
    unitName,
    unit: unitName ? index.unit(unitName) : undefined,
    subjectText,
    subject: SUBJECTS.find((s) => nameKey(s) === nameKey(subjectText)),
    person,
    personKey: nameKey(person),
    titleText,
    title: titleText ? index.title(titleText) : undefined,
    initiative: text(REG.initiative),
    date: isBlank(raw[REG.date]) ? { ok: false, reason: "blank" } : parseDateCell(raw[REG.date]),
    result: {
      rating: cleanText(cellText(get(RESULT.rating))),
      outcome: cleanText(cellText(get(RESULT.outcome))),
      initiativeDecision: cleanText(cellText(get(RESULT.initiativeDecision))),
      decisionNo: cleanText(cellText(get(RESULT.decisionNo))),
      decisionDate: get(RESULT.decisionDate),
    },
  };
}

/** Is a row a registration? Yes when one of its content cells is filled (one test, used everywhere). */
export const isRegistrationRow = (get: (header: string) => Cell): boolean =>
  CONTENT_HEADERS.some((h) => !isBlank(get(h)));

const READ_HEADERS: readonly string[] = [...DATA_HEADERS, ...Object.values(RESULT)];

/** The registration rows of one cluster tab, in row order. Columns are looked up once per tab. */
export function readTabRegistrations(grid: Grid, cluster: Cluster, index: PlanIndex): Registration[] {
  const table = toTable(grid);
  const columns = new Map(READ_HEADERS.map((h) => [h, table.col(h)]));
  const out: Registration[] = [];
  for (const row of table.rows) {
    const get = (h: string): Cell => {
      const c = columns.get(h);
      return c === undefined ? "" : (row.cells[c] ?? "");
    };
    if (isRegistrationRow(get)) out.push(readRegistration(grid.name, cluster, get, row.rowNumber, index));
  }
  return out;
}

/** Every registration row of every cluster tab of the plan, in tab then row order. */
export function readRegistrations(snapshot: Snapshot, index: PlanIndex): Registration[] {
  return index.plan.clusters.flatMap((cluster) => {
    const grid = findGrid(snapshot, clusterTabName(cluster.id));
    return grid ? readTabRegistrations(grid, cluster, index) : [];
  });
}
