import { writeRuns } from "../../adapter/registrations/cluster-tab";
import { REG } from "../../core/contract/workbook";
import { civilDateOf } from "../../core/dates";
import { unitsOf } from "../../core/registration-form/build-context";
import {
  columnRuns,
  columnsOf,
  nextNumber,
  submissionRecords,
  withRuns,
} from "../../core/registration-form/row-records";
import { submissionSchema } from "../../core/registration-form/schema";
import { checkClusterTab } from "../../core/registration-form/tab-check";
import type { WriteResult } from "../../core/registration-form/types";
import { headerKey } from "../../core/text/normalize";
import { failure } from "./failures";
import { lockedWrite } from "./locked-write";
import { refusal, written } from "./write-outcome";

/**
 * google.script.run: registers a unit's collective title and individuals.
 * All rows land below the tab's last used row in one `setValues`, stamped with
 * today's date and the user's e-mail by the server, or none lands at all.
 */
export function submitRegistrations(payload: unknown): WriteResult {
  return lockedWrite(submissionSchema, payload, (scope, sub) => {
    const { cluster, index, grid, header } = scope;
    const unit = index.unit(sub.unit);
    if (!unit || !unitsOf(cluster, index).includes(unit)) {
      return failure(
        "UNKNOWN_UNIT",
        `Đơn vị '${sub.unit}' không phải đơn vị được đăng ký ở cụm ${cluster.id}. Hãy chọn đơn vị trong danh sách.`,
      );
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
    const check = checkClusterTab(withRuns(grid, at, runs), cluster, index);
    const refused = refusal(check, rows, at);
    if (refused) return refused;

    writeRuns(scope.sheet, at, header.length, runs);
    const span = rows.length === 1 ? `dòng ${at}` : `dòng ${at}–${at + rows.length - 1}`;
    const what = `${sub.collective ? "1 tập thể, " : ""}${sub.individuals.length} cá nhân`;
    scope.log("Đăng ký thi đua (biểu mẫu)", `${grid.name} · ${unit.name}: ${what} (${span}).`);
    return written(
      scope,
      check,
      unit.name,
      rows,
      `Đã ghi ${records.length} dòng vào trang '${grid.name}' (${span}).`,
    );
  });
}
