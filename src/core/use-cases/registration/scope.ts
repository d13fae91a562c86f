import type { Cell } from "../../cell";
import { CLUSTER_TAB_HEADERS, clusterTabName, REG } from "../../contract/workbook";
import { columnList, doubledHeaders, misplacedHeaderRow } from "../../plan/header-row";
import { parsePlan } from "../../plan/parse-plan";
import { misplacedMessage } from "../../plan/parse-structure";
import type { Cluster, PlanIndex } from "../../plan/types";
import { accessOf, clusterFor, isFailure } from "../../registration-form/access";
import type { Failure } from "../../registration-form/types";
import { DATA_HEADERS } from "../../rules/registrations/registration";
import type { Grid, Snapshot } from "../../table";
import { headerKey } from "../../text/normalize";
import { quote } from "../../text/quote";

/** Everything a sidebar write sees, read inside the document lock. */
export interface SidebarScope {
  readonly index: PlanIndex;
  readonly cluster: Cluster;
  /** The cluster's tab as read; its name is the tab's own spelling. */
  readonly grid: Grid;
  readonly header: readonly Cell[];
  readonly user: string;
  readonly now: Date;
}

/**
 * The cluster a user asks to write, when they may: the plan parsed from the setup tabs, the
 * cluster authorized by the access policy (`owner` read only when the policy asks).
 */
export function locateCluster(
  plan: Snapshot,
  user: string,
  now: Date,
  clusterId: string,
  owner: () => string,
): { index: PlanIndex; cluster: Cluster } | Failure {
  const { index } = parsePlan(plan, now);
  const cluster = clusterFor(accessOf(index, user, owner), index, user, clusterId);
  return isFailure(cluster) ? cluster : { index, cluster };
}

/** The columns a sidebar write fills: every data column but the free `STT`. */
const NEEDED = DATA_HEADERS.filter((h) => h !== REG.no);

const noTab = (what: string): Failure => ({
  ok: false,
  code: "NO_TAB",
  message: `${what} Chưa ghi gì. Hãy nhờ Phòng Nội vụ chạy 'Khởi tạo / cập nhật bảng tính' rồi thử lại.`,
});

/** The scope of a write, or why there is none (the tab or some of its columns are missing). */
export function openScope(
  located: { index: PlanIndex; cluster: Cluster },
  grid: Grid | null,
  user: string,
  now: Date,
): SidebarScope | Failure {
  if (!grid) return noTab(`Chưa có trang ${quote(clusterTabName(located.cluster.id))}.`);
  const lower = misplacedHeaderRow(grid, CLUSTER_TAB_HEADERS);
  if (lower !== null)
    return { ok: false, code: "HEADER_ROW", message: `${misplacedMessage(grid.name, lower)} Chưa ghi gì.` };
  const doubled = doubledHeaders(grid, [...NEEDED, REG.status]);
  if (doubled.length > 0) {
    const what = doubled.map((d) => `'${d.header}' (${columnList(d.columns)})`).join(", ");
    return {
      ok: false,
      code: "DOUBLED_HEADER",
      message: `Trang '${grid.name}' có hai cột cùng tiêu đề ${what}. Chưa ghi gì. Hãy xóa cột thừa hoặc đổi tiêu đề của nó rồi thử lại.`,
    };
  }
  const header = grid.values[0] ?? [];
  const have = new Set(header.map((h) => headerKey(typeof h === "string" ? h : "")));
  const absent = NEEDED.filter((h) => !have.has(headerKey(h)));
  if (absent.length > 0)
    return noTab(`Trang '${grid.name}' thiếu cột ${absent.map((h) => `'${h}'`).join(", ")}.`);
  return { ...located, grid, header, user, now };
}
