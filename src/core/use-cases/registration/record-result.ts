import { checkWorkbook } from "../../checks/check-workbook";
import { RESULT } from "../../contract/workbook";
import { groupBy } from "../../group-by";
import { SETUP } from "../../menu/menu";
import { columnRuns, withRuns } from "../../registration-form/row-records";
import type { ResultInput } from "../../registration-form/schema";
import type { TabCheck } from "../../registration-form/tab-check";
import type { Failure, WriteResult } from "../../registration-form/types";
import { readTabRegistrations } from "../../rules/registrations/registration";
import type { Grid, Snapshot } from "../../table";
import { nameKey } from "../../text/name-key";
import { cleanText, headerKey } from "../../text/normalize";
import type { Outcome } from "../action";
import { staleRow } from "./change-row";
import type { SidebarScope } from "./scope";
import { rowsOfUnit, unitsOf } from "./unit-rows";
import { standing, statusOfTab, userCells } from "./write-result";

const HEADERS = [RESULT.outcome, RESULT.rating, RESULT.initiativeDecision];
const refuse = (code: string, message: string): Outcome<Failure> => ({
  result: { ok: false, code, message },
  writes: [],
});

/** The workbook with the cluster's tab as it will be (the other tabs as read). */
const withTab = (workbook: Snapshot, grid: Grid): Snapshot => ({
  grids: [...workbook.grids.filter((g) => headerKey(g.name) !== headerKey(grid.name)), grid],
});

/**
 * `recordResult`: a row's `Kết quả bình xét`, `Xếp loại` and `Số QĐ công nhận sáng kiến`, written
 * in place (only those cells) once the row is found unchanged. The whole workbook is checked as it
 * will be — the year-end conditions need the history, the scores and the other rows — so the
 * answer says at once whether the row can be proposed, and the tab's status column is rewritten
 * with the KT findings. `Nhật ký` keeps the old and new values.
 */
export function recordResult(
  scope: SidebarScope,
  input: ResultInput,
  workbook: Snapshot,
): Outcome<WriteResult> {
  const { grid } = scope;
  const stale = staleRow(grid, input);
  if (stale) return { result: stale, writes: [] };
  const have = new Set(scope.header.map((h) => headerKey(String(h))));
  const absent = HEADERS.filter((h) => !have.has(headerKey(h)));
  if (absent.length > 0) {
    return refuse(
      "NO_TAB",
      `Trang '${grid.name}' chưa có cột ${absent.map((h) => `'${h}'`).join(", ")}. Chưa ghi gì. Hãy nhờ Phòng Nội vụ chạy '${SETUP.caption}' rồi thử lại.`,
    );
  }
  const reg = readTabRegistrations(grid, scope.cluster, scope.index).find((r) => r.row === input.row);
  if (!reg)
    return refuse(
      "NOT_A_ROW",
      `Dòng ${input.row} của trang '${grid.name}' không phải một đăng ký. Chưa ghi gì.`,
    );
  const record = {
    [RESULT.outcome]: input.outcome,
    [RESULT.rating]: input.rating,
    [RESULT.initiativeDecision]: cleanText(input.initiativeDecision),
  };
  const runs = columnRuns(scope.header, [record]);
  const after = withRuns(grid, input.row, runs);
  const full = checkWorkbook(withTab(workbook, after), scope.now);
  const own = full.findings.filter((f) => f.sheet === grid.name);
  const status = full.statuses.find((s) => s.sheet === grid.name);
  const check: TabCheck = {
    regs: readTabRegistrations(after, scope.cluster, scope.index),
    findingsByRow: groupBy(own, (f) => f.row ?? 0),
    statusRows: status?.rows ?? [],
  };
  const findings = (check.findingsByRow.get(input.row) ?? []).map((f) => ({
    row: input.row,
    code: f.code,
    severity: f.severity,
    column: f.column ?? "",
    message: f.message,
  }));
  const who = reg.person ? `${reg.person} (${reg.unitName})` : `tập thể ${reg.unitName}`;
  const { state, details } = standing(findings, () => who);
  const verdict = full.yearEnd?.verdicts.find(
    (v) => v.registration.sheet === grid.name && v.registration.row === input.row,
  );
  const old: Record<string, string> = {
    [RESULT.outcome]: reg.result.outcome,
    [RESULT.rating]: reg.result.rating,
    [RESULT.initiativeDecision]: reg.result.initiativeDecision,
  };
  const changes = HEADERS.filter((h) => old[h] !== record[h]).map(
    (h) => `${h}: '${old[h]}' → '${record[h]}'`,
  );
  const unit = unitsOf(scope.cluster, scope.index).find((u) => nameKey(u.name) === nameKey(reg.unitName));
  return {
    result: {
      ok: true,
      state,
      message:
        `Đã ghi kết quả bình xét của ${who}, '${reg.title?.name ?? reg.titleText}' (dòng ${input.row}): ${input.outcome || "chưa bình xét"}.` +
        (verdict?.proposed ? " Đủ điều kiện đề nghị khen thưởng." : ""),
      details,
      rows: [{ row: input.row, status: status?.rows[input.row - 2]?.text ?? "" }],
      findings,
      registrations: unit ? rowsOfUnit(unit, after, check) : [],
    },
    writes: [
      ...userCells(grid.name, input.row, runs),
      ...(status ? statusOfTab(scope, check, after) : []),
      {
        kind: "log",
        action: "Ghi kết quả bình xét (biểu mẫu)",
        detail: `${grid.name} dòng ${input.row} (${who}): ${changes.join("; ") || "không đổi"}.`,
      },
    ],
  };
}
