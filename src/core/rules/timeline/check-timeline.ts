import { type Cell, cellText, isBlank } from "../../cell";
import { TAB, TASK, TASK_STATE } from "../../contract/workbook";
import { formatCivil } from "../../dates/civil";
import type { CivilDate } from "../../dates/civil-date";
import { type ParsedDate, parseDateCell } from "../../dates/parse";
import { daysBetween } from "../../dates/zone";
import type { Finding } from "../../findings/finding";
import { error, warning } from "../../findings/make";
import type { PlanIndex } from "../../plan/types";
import { findGrid, type Snapshot, type Table, type TableRow, toTable } from "../../table";
import { cleanText } from "../../text/normalize";
import { quote } from "../../text/quote";

/** A task is "due soon" (TD02, `Sắp đến hạn`) from this many days before its `Hạn` up to the day itself. */
export const DUE_SOON_DAYS = 7;

/** Longest task content quoted in a message before it is cut with "…". */
const CONTENT_IN_MESSAGE = 70;

/** The `Trạng thái` the add-on writes for a row of `Tiến độ` ("" = leave the cell empty). */
export interface TaskState {
  /** 1-based sheet row. */
  readonly row: number;
  readonly state: string;
}

/** Findings of `Tiến độ` and the `Trạng thái` of each of its rows. */
export interface TimelineCheck {
  readonly findings: Finding[];
  readonly states: TaskState[];
}

/**
 * Checks `Tiến độ` against today (`index.plan.today`, RULES.md "Timeline")
 * and computes each row's `Trạng thái`:
 *
 * - `Đã hoàn thành` when `Ngày hoàn thành` is a date (whatever `Hạn` says);
 * - otherwise, when `Hạn` is blank or not a date: state "" and TD03;
 * - `Quá hạn` and TD01 when today is after `Hạn` (the deadline day is on time);
 * - `Sắp đến hạn` and TD02 when `Hạn` is 0–7 days from today, inclusive;
 * - `Chưa đến hạn` otherwise.
 *
 * Decisions where RULES.md is silent: a `Ngày hoàn thành` that is not a date
 * counts as not done and is named in the TD01/TD02/TD03 message (a task not
 * yet due gets no finding for it: no code covers it); a done task still gets
 * TD03 when its `Hạn` is not a date; a row is a task when `Nội dung thực
 * hiện`, `Hạn` or `Ngày hoàn thành` is filled, other rows get state "" (so a
 * stale state is cleared) and no finding; a missing tab or `Hạn` column gives
 * nothing (BT01/BT02 report it), a missing `Ngày hoàn thành` column means no
 * task is done.
 */
export function checkTimeline(snapshot: Snapshot, index: PlanIndex): TimelineCheck {
  const grid = findGrid(snapshot, TAB.timeline);
  if (!grid) return { findings: [], states: [] };
  const table = toTable(grid);
  if (!table.has(TASK.deadline)) return { findings: [], states: [] };
  const findings: Finding[] = [];
  const states: TaskState[] = [];
  for (const row of table.rows) {
    const result = isTask(table, row) ? checkTask(table, row, index.plan.today) : { state: "" };
    states.push({ row: row.rowNumber, state: result.state });
    if (result.finding) findings.push(result.finding);
  }
  return { findings, states };
}

function isTask(table: Table, row: TableRow): boolean {
  return [TASK.content, TASK.deadline, TASK.done].some((h) => !isBlank(table.get(row, h)));
}

function checkTask(table: Table, row: TableRow, today: CivilDate): { state: string; finding?: Finding } {
  const label = taskLabel(table, row);
  const doneCell = table.get(row, TASK.done);
  const done = parseDateCell(doneCell);
  const deadlineCell = table.get(row, TASK.deadline);
  const deadline = parseDateCell(deadlineCell);
  const at = (column: string) => ({ sheet: table.name, row: row.rowNumber, column });
  const doneNote = badDoneNote(done, doneCell);
  const noDone = `chưa có ${TASK.done}${doneNote ? " hợp lệ" : ""}`;

  if (!deadline.ok) {
    const what =
      deadline.reason === "blank"
        ? `${label} chưa có ${TASK.deadline}.`
        : `${label}: ${TASK.deadline} ${quote(cellText(deadlineCell).trim())} không phải là ngày hợp lệ.`;
    const finding = error("TD03", at(TASK.deadline), `${what} Nhập hạn theo dạng dd/mm/yyyy.${doneNote}`);
    return { state: done.ok ? TASK_STATE.done : "", finding };
  }
  if (done.ok) return { state: TASK_STATE.done };

  const due = formatCivil(deadline.date);
  const days = daysBetween(today, deadline.date);
  if (days < 0) {
    const message =
      `${label} đã quá hạn ${due} (${-days} ngày) mà ${noDone}. ` +
      `Khi hoàn thành, nhập ${TASK.done} theo dạng dd/mm/yyyy.${doneNote}`;
    return { state: TASK_STATE.overdue, finding: error("TD01", at(TASK.done), message) };
  }
  if (days <= DUE_SOON_DAYS) {
    const when = days === 0 ? "hôm nay" : `còn ${days} ngày`;
    const message =
      `${label} đến hạn ngày ${due} (${when}) và ${noDone}. ` +
      `Đôn đốc đơn vị thực hiện; khi xong, nhập ${TASK.done}.${doneNote}`;
    return { state: TASK_STATE.dueSoon, finding: warning("TD02", at(TASK.deadline), message) };
  }
  return { state: TASK_STATE.notDue };
}

/** A sentence naming an unreadable `Ngày hoàn thành`, or "" when it is blank or a date. */
function badDoneNote(done: ParsedDate, cell: Cell): string {
  if (done.ok || done.reason === "blank") return "";
  return (
    ` ${TASK.done} ${quote(cellText(cell).trim())} không phải là ngày hợp lệ nên nhiệm vụ được coi là chưa hoàn thành;` +
    " sửa lại theo dạng dd/mm/yyyy."
  );
}

/** "Nhiệm vụ số 3 ('Tổ chức…')", falling back to the row number. */
function taskLabel(table: Table, row: TableRow): string {
  const no = cleanText(cellText(table.get(row, TASK.no)));
  const content = cleanText(cellText(table.get(row, TASK.content)));
  const head = no ? `Nhiệm vụ số ${no}` : `Nhiệm vụ ở dòng ${row.rowNumber}`;
  if (!content) return head;
  const short =
    content.length > CONTENT_IN_MESSAGE ? `${content.slice(0, CONTENT_IN_MESSAGE - 1).trimEnd()}…` : content;
  return `${head} (${quote(short)})`;
}
