import { appendLog } from "../../adapter/append-log";
import { readClusterTab, readPlanTabs } from "../../adapter/registrations/cluster-tab";
import { activeUserEmail, spreadsheet, withDocumentLock } from "../../adapter/services";
import type { Cell } from "../../core/cell";
import { clusterTabName, REG } from "../../core/contract/workbook";
import { parsePlan } from "../../core/plan/parse-plan";
import type { Cluster, PlanIndex } from "../../core/plan/types";
import { accessOf, clusterFor, isFailure, unknownUser } from "../../core/registration-form/access";
import { columnsOf } from "../../core/registration-form/row-records";
import { firstIssue } from "../../core/registration-form/schema";
import type { Failure, WriteResult } from "../../core/registration-form/types";
import { DATA_HEADERS } from "../../core/rules/registrations/registration";
import type { Grid } from "../../core/table";
import { headerKey } from "../../core/text/normalize";
import { failure, LOCK_TIMEOUT, unexpected } from "./failures";

/** How long a sidebar write waits for another user's write to finish. */
export const LOCK_WAIT_MS = 20_000;

/** Everything a write sees, read inside the document lock. */
export interface WriteScope {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly grid: Grid;
  readonly header: readonly Cell[];
  readonly index: PlanIndex;
  readonly cluster: Cluster;
  readonly user: string;
  readonly now: Date;
  /** Appends one line to `Nhật ký`. */
  log(action: string, detail: string): void;
}

/** The columns a sidebar write fills: every data column but the free `STT`. */
const NEEDED = DATA_HEADERS.filter((h) => h !== REG.no);

interface SafeParser<P> {
  safeParse(
    input: unknown,
  ): { success: true; data: P } | { success: false; error: { issues: { message: string }[] } };
}

/**
 * The frame of every sidebar write: parse the payload with the shared schema,
 * refuse an unknown user, then under the document lock re-read the plan and
 * the target tab, authorize, and run `work`. Nothing is written on a refusal
 * or a lock timeout; unexpected errors come back as a result, not a throw.
 */
export function lockedWrite<P extends { cluster: string }>(
  schema: SafeParser<P>,
  payload: unknown,
  work: (scope: WriteScope, input: P) => WriteResult,
): WriteResult {
  try {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return failure("INVALID", firstIssue(parsed.error));
    const user = activeUserEmail();
    if (!user) return unknownUser();
    const ss = spreadsheet();
    const now = new Date();
    const result = withDocumentLock(LOCK_WAIT_MS, (): WriteResult => {
      const { index } = parsePlan(readPlanTabs(ss), now);
      const cluster = clusterFor(accessOf(index, user), index, user, parsed.data.cluster);
      if (isFailure(cluster)) return cluster;
      const tab = readClusterTab(ss, cluster.id);
      if (!tab) return missing(`Chưa có trang '${clusterTabName(cluster.id)}'.`);
      const header = tab.grid.values[0] ?? [];
      const cols = columnsOf(header);
      const absent = NEEDED.filter((h) => !cols.has(headerKey(h)));
      if (absent.length > 0) {
        return missing(`Trang '${tab.grid.name}' thiếu cột ${absent.map((h) => `'${h}'`).join(", ")}.`);
      }
      const log = (action: string, detail: string) => appendLog(ss, { user, action, detail });
      return work({ ss, ...tab, header, index, cluster, user, now, log }, parsed.data);
    });
    return result.ok ? result.value : LOCK_TIMEOUT;
  } catch (e) {
    return unexpected(e);
  }
}

const missing = (what: string): Failure =>
  failure(
    "NO_TAB",
    `${what} Chưa ghi gì. Hãy nhờ Phòng Nội vụ chạy 'Khởi tạo / cập nhật bảng tính' rồi thử lại.`,
  );
