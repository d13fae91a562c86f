import { REG } from "../../contract/workbook";
import { civilDateOf } from "../../dates";
import {
  columnRuns,
  columnsOf,
  nextNumber,
  submissionRecords,
  withRuns,
} from "../../registration-form/row-records";
import type { Submission } from "../../registration-form/schema";
import { checkClusterTab, rowFindings } from "../../registration-form/tab-check";
import type { Failure, WriteResult } from "../../registration-form/types";
import { nameKey } from "../../text/name-key";
import { headerKey } from "../../text/normalize";
import { quote } from "../../text/quote";
import type { Outcome } from "../action";
import { entryLabel } from "./labels";
import type { SidebarScope } from "./scope";
import { rowsOfUnit, unitsOf } from "./unit-rows";
import { refusal, standing, statusOfTab, userCells } from "./write-result";

const failed = (result: Failure): Outcome<WriteResult> => ({ result, writes: [] });

/**
 * `submitRegistrations`: a unit's collective title and individuals, stamped with today's date
 * and the user's e-mail by the server. The rows go into rows inserted after the last row read,
 * so a row typed by hand meanwhile is pushed down, never overwritten; all land or none.
 */
export function submitRegistrations(scope: SidebarScope, sub: Submission): Outcome<WriteResult> {
  const { cluster, index, grid, header } = scope;
  const unit = unitsOf(cluster, index).find((u) => nameKey(u.name) === nameKey(sub.unit));
  if (!unit) {
    return failed({
      ok: false,
      code: "UNKNOWN_UNIT",
      message: `Đơn vị ${quote(sub.unit)} không phải đơn vị được đăng ký ở cụm ${cluster.id}. Hãy chọn đơn vị trong danh sách.`,
    });
  }
  const noColumn = columnsOf(header).get(headerKey(REG.no));
  const records = submissionRecords(
    sub,
    unit,
    index,
    { date: civilDateOf(scope.now), user: scope.user },
    noColumn === undefined ? 1 : nextNumber(grid.values, noColumn),
  );
  const runs = columnRuns(header, records, true);
  const at = grid.values.length + 1;
  const rows = records.map((_, i) => at + i);
  const after = withRuns(grid, at, runs);
  const check = checkClusterTab(after, cluster, index);
  const offset = sub.collective ? 1 : 0;
  const labelOf = (row: number) => {
    const i = row - at;
    return i < offset
      ? entryLabel("", null)
      : entryLabel(sub.individuals[i - offset]?.name.trim() ?? "", i - offset + 1);
  };
  const refused = refusal(check, rows, labelOf, (row) => row - at);
  if (refused) return failed(refused);

  const span = rows.length === 1 ? `dòng ${at}` : `dòng ${at}–${at + rows.length - 1}`;
  const what = `${sub.collective ? "1 tập thể, " : ""}${sub.individuals.length} cá nhân`;
  const findings = rowFindings(check, rows);
  const { state, details } = standing(findings, labelOf);
  const headline = {
    valid: `Đã ghi ${records.length} dòng vào trang '${grid.name}' (${span}): đăng ký hợp lệ.`,
    attention: `Đã ghi ${records.length} dòng vào trang '${grid.name}' (${span}), có điểm cần xem lại:`,
    "not-counted": `Đã ghi ${records.length} dòng vào trang '${grid.name}' (${span}), nhưng có đăng ký sẽ không được xét khen thưởng nếu để nguyên:`,
  }[state];
  return {
    result: {
      ok: true,
      state,
      message: headline,
      details,
      rows: rows.map((row) => ({ row, status: check.statusRows[row - 2]?.text ?? "" })),
      findings,
      registrations: rowsOfUnit(unit, after, check),
    },
    writes: [
      { kind: "insertRows", sheet: grid.name, after: at - 1, count: rows.length },
      ...userCells(grid.name, at, runs),
      ...statusOfTab(scope, check, after),
      {
        kind: "log",
        action: "Đăng ký thi đua (biểu mẫu)",
        detail: `${grid.name} · ${unit.name}: ${what} (${span}).`,
      },
    ],
  };
}
