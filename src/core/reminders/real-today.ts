import { CONFIG, SETTING, TAB } from "../contract/workbook";
import { findSetting } from "../settings";
import { findGrid, type Snapshot, toTable } from "../table";

/**
 * The snapshot with `Ngày tham chiếu` blanked, so the checks take the real today. Reminders go
 * out on real days: a reference date set to review a past day must not make the daily run mail
 * the same reminders every morning, nor hide a deadline that is really near.
 */
export function withoutReferenceDate(snapshot: Snapshot): Snapshot {
  const grid = findGrid(snapshot, TAB.config);
  const { row } = findSetting(snapshot, SETTING.referenceDate);
  const column = grid ? toTable(grid).col(CONFIG.value) : undefined;
  if (!grid || row === null || column === undefined) return snapshot;
  const values = grid.values.map((cells, i) =>
    i === row - 1 ? cells.map((c, j) => (j === column ? "" : c)) : cells,
  );
  return { grids: snapshot.grids.map((g) => (g === grid ? { name: g.name, values } : g)) };
}
