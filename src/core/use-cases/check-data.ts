import { checkWorkbook } from "../checks/check-workbook";
import { type ClusterScope, clusterScope } from "../checks/cluster-scope";
import { STATUS_HEADER } from "../contract/workbook";
import { formatCivil, formatDateTime } from "../dates";
import { countFindings, type FindingCounts } from "../findings/areas";
import type { Finding } from "../findings/finding";
import { CHECK } from "../menu/menu";
import { checkReport, type ExcludedUnit, excludedUnits, summaryText } from "../reports/check-report";
import { findGrid, type Snapshot } from "../table";
import type { ActionInput, Outcome } from "./action";
import { statusWrites } from "./status-writes";
import type { WriteOp } from "./write-plan";

/** What `Kiểm tra dữ liệu` found, as data (the offline checker and the tests read it; users see `message`). */
export interface CheckDataResult {
  readonly message: string;
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  readonly excluded: readonly ExcludedUnit[];
  /** "Today" of the checks, dd/mm/yyyy. */
  readonly today: string;
}

/**
 * `Kiểm tra dữ liệu`: every check of RULES.md over the workbook (the year-end conditions KT once
 * a `Kết quả bình xét` is entered). For an admin: writes each
 * tab's status column and highlights, rebuilds `BC Kiểm tra`, logs the summary. For a cluster
 * head, the same pipeline, but only their clusters' `Cụm N` and `Điểm Cụm N` statuses are
 * written, the findings and summary are those of their clusters, and no `BC` tab is rebuilt.
 */
export function checkData(input: ActionInput): Outcome<CheckDataResult> {
  const {
    index,
    findings: all,
    statuses: allStatuses,
    yearEnd,
  } = checkWorkbook(input.snapshot, input.now, input.timeZone);
  const role = input.role;
  const scope: ClusterScope | null =
    role.kind === "head" ? clusterScope(input.snapshot, index, role.clusters) : null;
  const findings = scope ? all.filter(scope.covers) : all;
  const statuses = scope ? allStatuses.filter((s) => scope.hasTab(s.sheet)) : allStatuses;
  const message = scope
    ? `${scopeTitle(scope)}\n${summaryText(findings, index, { details: scopeDetails(scope, input.snapshot) })}`
    : summaryText(findings, index, { yearEnd });
  // Guarded: onEdit may write a newer status of a row edited while the check ran.
  const writes: WriteOp[] = [...statusWrites(input.snapshot, statuses, true)];
  if (!scope)
    writes.push({ kind: "report", report: checkReport(findings, index, formatDateTime(input.now)) });
  writes.push({ kind: "log", action: logAction(scope), detail: message.replace(/\n/g, " ") });
  return {
    result: {
      message,
      findings,
      counts: countFindings(findings),
      excluded: excludedUnits(findings, index),
      today: formatCivil(index.plan.today),
    },
    writes,
  };
}

const ids = (scope: ClusterScope): string => scope.clusters.map((c) => c.id).join(", ");
const scopeTitle = (scope: ClusterScope): string => `Kết quả kiểm tra cụm ${ids(scope)}:`;
const scopeDetails = (scope: ClusterScope, snapshot: Snapshot): string => {
  const tabs = scope.tabs.filter((t) => findGrid(snapshot, t)).map((t) => `'${t}'`);
  return `Chi tiết ở cột '${STATUS_HEADER}' của trang ${tabs.join(", ")}. Các trang 'BC …' do Phòng Nội vụ lập lại.`;
};
const logAction = (scope: ClusterScope | null): string =>
  scope ? `${CHECK.caption} (cụm ${ids(scope)})` : CHECK.caption;
