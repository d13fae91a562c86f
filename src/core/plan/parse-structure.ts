import { cellText } from "../cell";
import {
  CLUSTER_TAB_HEADERS,
  clusterTabName,
  HEADERS,
  OPTIONAL_HEADERS,
  REQUIRED_TABS,
  STATUS_HEADER,
  TAB,
} from "../contract/workbook";
import type { Finding } from "../findings/finding";
import { error } from "../findings/make";
import { findGrid, type Grid, type Snapshot } from "../table";
import { headerKey } from "../text/normalize";

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

/** BT02 for each contract column missing from a tab that exists. */
export function missingColumns(snapshot: Snapshot, clusterIds: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const check = (grid: Grid | undefined, headers: readonly string[]) => {
    if (!grid) return;
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
  };
  for (const [tab, headers] of Object.entries(HEADERS)) {
    if (tab === TAB.log) continue; // the log is the add-on's own; a missing log never blocks checks
    check(findGrid(snapshot, tab), headers);
  }
  for (const id of clusterIds) check(findGrid(snapshot, clusterTabName(id)), CLUSTER_TAB_HEADERS);
  return findings;
}
