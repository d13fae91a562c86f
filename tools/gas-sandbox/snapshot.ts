import type { Cell, CellValue } from "./cell";
import { readValue } from "./cell-io";
import { hostRealm, isDate } from "./env";
import type { FakeSpreadsheet } from "./fake-spreadsheet";

export interface SnapshotOptions {
  /** Show a formula cell as its formula text (`=HYPERLINK(...)`) instead of its value. */
  formulas?: boolean;
}

/** Every tab's used area (A1 to last row/column), in tab order: plain host values for `toEqual`. */
export type Snapshot = Record<string, CellValue[][]>;

/** Dumps all tabs' values without recording calls, for before/after comparisons. */
export function snapshot(spreadsheet: FakeSpreadsheet, options: SnapshotOptions = {}): Snapshot {
  const env = spreadsheet._env;
  const hostEnv = { ...env, realm: hostRealm };
  return env.calls.untracked(() => {
    const out: Snapshot = {};
    for (const sheet of spreadsheet.getSheets()) {
      const grid = sheet._grid;
      // Bounds once per tab: asked per cell, they made a dump quadratic in the rows.
      const lastRow = grid.lastRow();
      const lastColumn = grid.lastColumn();
      const rows: CellValue[][] = [];
      for (let r = 1; r <= lastRow; r++) {
        const line: CellValue[] = [];
        for (let c = 1; c <= lastColumn; c++) line.push(cellOut(hostEnv, grid.cell(r, c), options));
        rows.push(line);
      }
      out[sheet.getName()] = rows;
    }
    return out;
  });
}

function cellOut(
  env: Parameters<typeof readValue>[0],
  cell: Cell | undefined,
  options: SnapshotOptions,
): CellValue {
  if (options.formulas && cell?.formula !== undefined) return cell.formula;
  const value = readValue(env, cell);
  return isDate(value) ? new Date(value.getTime()) : value;
}
