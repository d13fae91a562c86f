import type { Cell } from "../cell";
import { toInstant } from "../dates";
import { findGrid, type Grid, type Snapshot } from "../table";
import { isCivilDate, type WriteValue } from "../write-value";
import type { TabPlan } from "./plan-tab";

const asCell = (v: WriteValue): Cell => (isCivilDate(v) ? toInstant(v) : v);

/**
 * The workbook as it will read once tab plans are carried out (tabs created, headers
 * appended, rows written at `appendAt`): an action checks what it is about to write
 * without reading the sheet again.
 */
export function withPlannedTabs(snapshot: Snapshot, plans: readonly TabPlan[]): Snapshot {
  const changed = new Map<Grid, Grid>();
  const added: Grid[] = [];
  for (const plan of plans) {
    const before = findGrid(snapshot, plan.tab);
    const values: Cell[][] = (before?.values ?? []).map((r) => [...r]);
    values[0] = [...plan.headers];
    plan.rows.forEach((row, i) => {
      values[plan.appendAt - 1 + i] = row.map(asCell);
    });
    for (let r = 0; r < values.length; r++) values[r] = values[r] ?? [];
    const grid = { name: before?.name ?? plan.tab, values };
    if (before) changed.set(before, grid);
    else added.push(grid);
  }
  return { grids: [...snapshot.grids.map((g) => changed.get(g) ?? g), ...added] };
}
