import { checkWorkbook } from "../../checks/check-workbook";
import { HEADERS, RESULT, SETTING, TAB } from "../../contract/workbook";
import { CLOSE_YEAR, SETUP } from "../../menu/menu";
import { findGrid, toTable } from "../../table";
import { closeYear, tallyYearEnd } from "../../year-end";
import { type ActionInput, type Outcome, Refusal } from "../action";
import type { WriteOp } from "../write-plan";
import { appendWrites, updateWrites } from "./history-writes";

/** What closing the year would write, and what it leaves out, before anything is written. */
export interface ClosePlan {
  readonly year: number;
  readonly append: number;
  readonly update: number;
  /** Rows without `Kết quả bình xét` (or with a value outside its list): not recorded. */
  readonly pending: number;
  readonly invalid: number;
  /** `Đạt` rows kept off the proposal list by a KT error: recorded as the council decided. */
  readonly notProposed: number;
  readonly writes: readonly WriteOp[];
}

/** Reads the workbook once and plans the history's writes; refuses what cannot be closed. */
export function planClose(input: ActionInput): ClosePlan {
  const { index, regs, history, yearEnd } = checkWorkbook(input.snapshot, input.now);
  const year = index.plan.year;
  if (year === null) {
    throw new Refusal(
      "NO_YEAR",
      `'${SETTING.year}' trong trang Cấu hình chưa dùng được: hãy ghi năm (ví dụ 2020) rồi chạy lại.`,
    );
  }
  const grid = findGrid(input.snapshot, TAB.history);
  const missing = grid ? (HEADERS[TAB.history] ?? []).filter((h) => !toTable(grid).has(h)) : [];
  if (!grid || missing.length > 0) {
    const what = grid
      ? `Trang '${grid.name}' thiếu cột ${missing.map((h) => `'${h}'`).join(", ")}`
      : `Chưa có trang '${TAB.history}'`;
    throw new Refusal("NO_HISTORY", `${what}: chưa ghi gì. Hãy chạy '${SETUP.caption}' rồi thử lại.`);
  }
  const plan = closeYear(regs, history, index);
  const tally = yearEnd ? tallyYearEnd(yearEnd) : null;
  return {
    year,
    append: plan.append.length,
    update: plan.update.length,
    pending: tally?.pending ?? 0,
    invalid: tally?.invalid ?? 0,
    notProposed: tally?.notProposed ?? 0,
    writes: [...appendWrites(grid, plan.append), ...updateWrites(grid, plan.update)],
  };
}

/** The lines about what is left out, said before writing and after. */
function leftOut(p: ClosePlan): string[] {
  const lines: string[] = [];
  if (p.pending > 0)
    lines.push(
      `${p.pending} dòng chưa có '${RESULT.outcome}' (đang chờ bình xét) không được ghi; khi có kết quả, chạy lại để ghi thêm.`,
    );
  if (p.invalid > 0)
    lines.push(`${p.invalid} dòng ghi '${RESULT.outcome}' ngoài danh sách (KT09) không được ghi.`);
  if (p.notProposed > 0)
    lines.push(
      `${p.notProposed} dòng 'Đạt' chưa đủ điều kiện đề nghị (mã KT) vẫn được ghi theo kết quả bình xét.`,
    );
  return lines;
}

/** The question asked before closing (null when there is nothing to write). */
export function closeQuestion(p: ClosePlan): string | null {
  if (p.append + p.update === 0) return null;
  return [
    `Kết thúc năm thi đua ${p.year} sẽ ghi vào trang '${TAB.history}': ${p.append} dòng mới` +
      (p.update > 0 ? ` và cập nhật ${p.update} dòng đã có (số, ngày quyết định hoặc xếp loại đã đổi)` : "") +
      ". Chạy lại sau này không ghi trùng.",
    ...leftOut(p),
    "Tiếp tục?",
  ].join("\n");
}

/**
 * `Kết thúc năm thi đua` (admin): this year's `Đạt` rows (with the rating, and the decision's
 * number and date when filled) appended to `Lịch sử khen thưởng` once; a rerun appends nothing
 * twice and updates a row whose decision changed. Logged in `Nhật ký`.
 */
export function closeEmulationYear(input: ActionInput): Outcome<string> {
  const p = planClose(input);
  const done =
    p.append + p.update === 0
      ? `'${TAB.history}' đã có đủ kết quả năm ${p.year}: không ghi thêm dòng nào.`
      : `Đã ghi ${p.append} dòng mới vào '${TAB.history}' (năm ${p.year})${p.update > 0 ? ` và cập nhật ${p.update} dòng` : ""}.`;
  const message = [done, ...leftOut(p)].join("\n");
  return {
    result: message,
    writes: [...p.writes, { kind: "log", action: CLOSE_YEAR.caption, detail: message.replace(/\n/g, " ") }],
  };
}
