import { type Cell, cellText, isBlank } from "../../cell";
import { DOSSIER, TAB } from "../../contract/workbook";
import { formatCivil, isOnTime } from "../../dates/civil";
import type { CivilDate } from "../../dates/civil-date";
import { parseDateCell } from "../../dates/parse";
import type { Finding } from "../../findings/finding";
import { error } from "../../findings/make";
import type { Cluster, PlanIndex } from "../../plan/types";
import { findGrid, type Snapshot, type Table, type TableRow, toTable } from "../../table";
import { quote } from "../../text/quote";

/** The five documents of the dossier (plan II.5.2), in the contract's column order. */
export const DOSSIER_DOCUMENTS: readonly string[] = [
  DOSSIER.plan,
  DOSSIER.regulation,
  DOSSIER.criteria,
  DOSSIER.covenant,
  DOSSIER.list,
];

const HOW_TO_PROVIDE = "dán đường dẫn tới tệp (ví dụ tệp trên Drive) hoặc ghi 'Đã nộp' khi đã nộp bản giấy";

/**
 * Checks `Hồ sơ cụm` against the plan's clusters (RULES.md, "Cluster dossier").
 *
 * - HS01: a cluster of the plan has no row (row null: the finding is about the tab).
 * - HS02: one finding per blank document cell; any non-blank value (a link,
 *   `Đã nộp`, other text) counts as present.
 * - HS03: `Ngày nộp` after the cluster's deadline (the deadline day itself is
 *   on time), or not a date.
 *
 * Decisions where RULES.md is silent:
 * - A blank `Ngày nộp` is HS03 ("chưa có ngày nộp") only when at least one
 *   document is present: a row with all five documents missing has not been
 *   submitted at all, and its five HS02 already say what to do.
 * - When the cluster's deadline is unusable (BT03 reported elsewhere), only
 *   the "not a date" half of HS03 is checked.
 * - Rows whose `Số cụm` is blank or not a cluster of the plan are skipped
 *   (no finding); a cluster with several rows has each row checked.
 * - A missing tab or `Số cụm` column yields no finding here (BT01/BT02 report
 *   it); a missing document column is skipped (BT02), not reported as HS02.
 */
export function checkDossier(snapshot: Snapshot, index: PlanIndex): Finding[] {
  const grid = findGrid(snapshot, TAB.dossier);
  if (!grid) return [];
  const table = toTable(grid);
  if (!table.has(DOSSIER.cluster)) return [];

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cluster = index.cluster(cellText(table.get(row, DOSSIER.cluster)));
    if (!cluster) continue;
    seen.add(cluster.id);
    findings.push(...checkRow(table, row, cluster, index.deadlineOf(cluster)));
  }
  for (const cluster of index.plan.clusters) {
    if (seen.has(cluster.id)) continue;
    findings.push(
      error(
        "HS01",
        { sheet: table.name, row: null, column: DOSSIER.cluster },
        `${clusterLabel(cluster)} chưa có dòng nào trong bảng '${TAB.dossier}'. ` +
          `Thêm một dòng có ${DOSSIER.cluster} ${quote(cluster.id)} và điền đủ năm hồ sơ cùng ${DOSSIER.submitted}.`,
      ),
    );
  }
  return findings;
}

function checkRow(table: Table, row: TableRow, cluster: Cluster, deadline: CivilDate | null): Finding[] {
  const findings: Finding[] = [];
  const documents = DOSSIER_DOCUMENTS.filter((doc) => table.has(doc));
  const missing = documents.filter((doc) => isBlank(table.get(row, doc)));
  for (const doc of missing) {
    findings.push(
      error(
        "HS02",
        { sheet: table.name, row: row.rowNumber, column: doc },
        `${clusterLabel(cluster)} thiếu hồ sơ '${doc}'. Khi có hồ sơ, ${HOW_TO_PROVIDE} vào ô này.`,
      ),
    );
  }
  const nothingSubmitted = documents.length > 0 && missing.length === documents.length;
  if (!table.has(DOSSIER.submitted)) return findings;
  const message = submittedProblem(table.get(row, DOSSIER.submitted), cluster, deadline, nothingSubmitted);
  if (message) {
    findings.push(
      error("HS03", { sheet: table.name, row: row.rowNumber, column: DOSSIER.submitted }, message),
    );
  }
  return findings;
}

/** The HS03 message for a `Ngày nộp` cell, or null when the date is fine. */
function submittedProblem(
  cell: Cell,
  cluster: Cluster,
  deadline: CivilDate | null,
  nothingSubmitted: boolean,
): string | null {
  const parsed = parseDateCell(cell);
  const label = clusterLabel(cluster);
  if (!parsed.ok && parsed.reason === "blank") {
    return nothingSubmitted
      ? null
      : `${label} chưa có ${DOSSIER.submitted}. Nhập ngày nộp hồ sơ theo dạng dd/mm/yyyy.`;
  }
  if (!parsed.ok) {
    return (
      `${DOSSIER.submitted} ${quote(cellText(cell).trim())} của ${label} không phải là ngày hợp lệ. ` +
      `Nhập ngày theo dạng dd/mm/yyyy${deadline ? ` (ví dụ ${formatCivil(deadline)})` : ""} hoặc chọn ngày trong ô.`
    );
  }
  if (deadline && !isOnTime(parsed.date, deadline)) {
    return (
      `${label} nộp hồ sơ ngày ${formatCivil(parsed.date)}, sau hạn ${formatCivil(deadline)} của cụm: hồ sơ nộp muộn. ` +
      `Nếu nhập nhầm, sửa lại ${DOSSIER.submitted}; nếu đúng, báo Phòng Nội vụ.`
    );
  }
  return null;
}

/** "Cụm 3 (Cụm thi đua số 3)", or "Cụm 3" when the name is blank. */
function clusterLabel(cluster: Cluster): string {
  return cluster.name ? `Cụm ${cluster.id} (${cluster.name})` : `Cụm ${cluster.id}`;
}
