import { columnLetters } from "../a1";
import { cellText } from "../cell";
import {
  CLUSTER_TAB_HEADERS,
  clusterTabName,
  HEADERS,
  OPTIONAL_HEADERS,
  REG,
  REQUIRED_TABS,
  STATUS_HEADER,
  TAB,
} from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { findGrid, type Grid, type Snapshot, toTable } from "../table";
import { headerKey } from "../text/normalize";
import { columnList, doubledHeaders, misplacedHeaderRow } from "./header-row";

/** BT01 for each required tab that is missing. */
export function missingTabs(snapshot: Snapshot, clusterIds: readonly string[]): Finding[] {
  const required = [...REQUIRED_TABS, ...clusterIds.map(clusterTabName)];
  return required
    .filter((tab) => !findGrid(snapshot, tab))
    .map((tab) =>
      error(
        "BT01",
        { sheet: tab, row: null },
        `Thiếu trang tính '${tab}'. Hãy chạy menu Thi đua – Khen thưởng › Khởi tạo / cập nhật bảng tính để tạo lại, hoặc đổi tên trang đúng như vậy.`,
      ),
    );
}

/**
 * BT02 for each contract column missing from row 1 of a tab that exists; one BT02 instead when
 * the tab's headers are on a lower row (say which, and to move them up); one BT02 for each
 * contract header written twice (naming both columns).
 */
export function missingColumns(snapshot: Snapshot, clusterIds: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const check = (grid: Grid | undefined, headers: readonly string[]) => {
    if (!grid) return;
    const lower = misplacedHeaderRow(grid, headers);
    if (lower !== null) {
      const units =
        headers === CLUSTER_TAB_HEADERS
          ? " Các đơn vị của cụm chưa được xét DV01, DV02 cho đến khi sửa."
          : "";
      findings.push(
        error("BT02", { sheet: grid.name, row: lower }, `${misplacedMessage(grid.name, lower)}${units}`),
      );
      return;
    }
    const have = new Set((grid.values[0] ?? []).map((h) => headerKey(cellText(h))));
    for (const header of headers) {
      if (have.has(headerKey(header)) || OPTIONAL_HEADERS.has(header)) continue;
      const fix =
        header === STATUS_HEADER
          ? "Hãy chạy Khởi tạo / cập nhật bảng tính để thêm cột này."
          : "Hãy thêm cột có đúng tiêu đề này vào dòng 1 (vị trí cột không quan trọng).";
      findings.push(
        error(
          "BT02",
          { sheet: grid.name, row: 1, column: header },
          `Trang '${grid.name}' thiếu cột '${header}'. ${fix}`,
        ),
      );
    }
    for (const d of doubledHeaders(grid, headers)) {
      const read = (toTable(grid).col(d.header) ?? 0) + 1;
      findings.push(
        error(
          "BT02",
          { sheet: grid.name, row: 1, column: d.header },
          `Trang '${grid.name}' có ${d.columns.length} cột cùng tiêu đề '${d.header}' (${columnList(d.columns)}): ` +
            `không rõ cột nào là cột '${d.header}' của bảng. Tạm thời đang đọc cột ${columnLetters(read)}. ` +
            "Hãy xóa cột thừa hoặc đổi tiêu đề của nó.",
        ),
      );
    }
  };
  for (const [tab, headers] of Object.entries(HEADERS)) {
    if (tab === TAB.log) continue; // the log is the add-on's own; a missing log never blocks checks
    check(findGrid(snapshot, tab), headers);
  }
  for (const id of clusterIds) check(findGrid(snapshot, clusterTabName(id)), CLUSTER_TAB_HEADERS);
  return findings;
}

/** The finding's text for a tab whose headers sit on a lower row: which row, and how to fix it. */
export function misplacedMessage(tab: string, row: number): string {
  const above = row === 2 ? "dòng 1" : `các dòng 1–${row - 1}`;
  return (
    `Trang '${tab}': tiêu đề cột đang ở dòng ${row}, không phải dòng 1, nên chưa đọc được dữ liệu của trang này. ` +
    `Hãy chuyển tiêu đề lên dòng 1: xóa ${above} phía trên (hoặc chuyển nội dung của chúng xuống dưới bảng), rồi chạy lại.`
  );
}

/** The cluster tabs whose rows cannot be read: `Đơn vị` is not in row 1 (missing, or on a lower row). */
export function unreadableClusterTabs(snapshot: Snapshot, clusterIds: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of clusterIds) {
    const grid = findGrid(snapshot, clusterTabName(id));
    if (grid && !toTable(grid).has(REG.unit)) out.add(id);
  }
  return out;
}
