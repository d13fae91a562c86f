import { cellText } from "../../cell";
import { CLOSE_YEAR, NEXT_YEAR } from "../../menu/menu";
import { parsePlan } from "../../plan/parse-plan";
import { readRegistrations } from "../../rules/registrations/registration";
import { findGrid, type Snapshot } from "../../table";
import { closeYear, nextYear, readHistory, type TabEdits } from "../../year-end";
import { type ActionInput, type Outcome, Refusal } from "../action";
import { cellBlocks } from "../cell-blocks";
import type { WriteOp } from "../write-plan";

/** What `Tạo sổ năm sau` made; the adapter adds where the copy is. */
export interface NextYearBook {
  readonly message: string;
  /** The copy's name. */
  readonly name: string;
  readonly year: number;
}

/** The copy's name: this book's with its year moved on, else the year added. */
function nextBookName(name: string, year: number, next: number): string {
  const current = String(year);
  return name.includes(current) ? name.split(current).join(String(next)) : `${name} – năm ${next}`;
}

/** One tab's edits as writes: dates in as few blocks as they allow, emptied rows and columns in one call each. */
function tabWrites(snapshot: Snapshot, t: TabEdits): WriteOp[] {
  const width = Math.max((findGrid(snapshot, t.sheet)?.values[0] ?? []).length, 1);
  const writes: WriteOp[] = cellBlocks(t.sheet, t.set);
  const clear = (
    row: number,
    rows: number,
    column: number,
    columns: number,
    contents: boolean,
    fill: boolean,
  ) => writes.push({ kind: "clear", sheet: t.sheet, row, column, rows, columns, contents, fill });
  for (const c of t.clearColumns) clear(c.from, c.to - c.from + 1, c.column, 1, true, false);
  const span = t.clearRows ?? t.clearColumns[0];
  // The emptied rows lose this year's highlights: the next check writes its own.
  if (span) clear(span.from, span.to - span.from + 1, 1, width, t.clearRows !== null, true);
  return writes;
}

/** Refuses while this year's results are not all in `Lịch sử khen thưởng`: the copy carries the history. */
function requireClosed(snapshot: Snapshot, now: Date): number {
  const { index } = parsePlan(snapshot, now);
  const history = readHistory(snapshot, index);
  const left = closeYear(readRegistrations(snapshot, index), history.entries, index);
  const missing = left.append.length + left.update.length;
  if (missing > 0) {
    throw new Refusal(
      "NOT_CLOSED",
      `Còn ${missing} kết quả của năm ${index.plan.year} chưa ghi vào 'Lịch sử khen thưởng' (hoặc số, ngày quyết định đã đổi): ` +
        `hãy chạy '${CLOSE_YEAR.caption}' trước, để sổ năm sau mang theo lịch sử của năm nay. Chưa tạo gì.`,
    );
  }
  return history.entries.length;
}

/**
 * `Tạo sổ năm sau` (admin): a copy of the spreadsheet (its script travels with it) made ready for
 * the next year by `nextYear`; this book is not changed but for its `Nhật ký` line. Refused while
 * `Năm thi đua` is unusable or this year's results are not all in `Lịch sử khen thưởng`.
 */
export function createNextYear(input: ActionInput & { readonly bookName: string }): Outcome<NextYearBook> {
  const { snapshot } = input;
  const plan = nextYear(snapshot);
  if (plan.year === null)
    throw new Refusal("NO_YEAR", plan.findings[0]?.message ?? "Chưa tạo được sổ năm sau.");
  const kept = requireClosed(snapshot, input.now);
  const name = nextBookName(cellText(input.bookName).trim() || "Sổ thi đua", plan.year - 1, plan.year);
  const writes: WriteOp[] = [
    ...plan.tabs.flatMap((t) => tabWrites(snapshot, t)),
    ...plan.deleteTabs.map((sheet): WriteOp => ({ kind: "deleteTab", sheet })),
  ];
  const message = [
    `Đã tạo sổ năm ${plan.year}: '${name}', cùng thư mục với sổ này (menu của tiện ích đi cùng bản sao).`,
    `Trong sổ mới: 'Năm thi đua' là ${plan.year}; các ngày của Cấu hình, Cụm thi đua và Tiến độ đã lùi sang năm sau ` +
      "(kể cả 'Ngày tham chiếu': để trống nếu muốn dùng ngày hiện tại); đăng ký, điểm, hồ sơ cụm, chuyên đề, báo cáo và nhật ký đã xóa; " +
      `giữ thiết lập, tiêu chí và toàn bộ 'Lịch sử khen thưởng' (${kept} dòng).`,
    "Sổ năm nay không thay đổi.",
  ].join("\n");
  return {
    result: { message, name, year: plan.year },
    writes: [
      { kind: "copy", name, writes },
      { kind: "log", action: NEXT_YEAR.caption, detail: message.replace(/\n/g, " ") },
    ],
  };
}
