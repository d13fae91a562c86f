import { columnLetters, type FakeSpreadsheet } from "../gas-sandbox";
import { xlsxError } from "./errors";
import { LIMITS } from "./limits";

/** 3000000 → `3.000.000`, as Vietnamese writes it. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * Refuses a workbook whose used areas (last row × last column of each tab: what every
 * `getDataRange()` reads) exceed `LIMITS.usedCells` in all, naming the tab that reaches
 * farthest: a stray cell at the bottom of an e-mailed sheet would otherwise be read, with
 * every empty cell above it, by every check.
 */
export function checkUsedArea(spreadsheet: FakeSpreadsheet, path: string): void {
  let total = 0;
  let widest = { name: "", cells: -1, corner: "" };
  spreadsheet._env.calls.untracked(() => {
    for (const sheet of spreadsheet.getSheets()) {
      const rows = sheet._grid.lastRow();
      const columns = sheet._grid.lastColumn();
      total += rows * columns;
      if (rows * columns > widest.cells)
        widest = { name: sheet.getName(), cells: rows * columns, corner: `${columnLetters(columns)}${rows}` };
    }
  });
  if (total <= LIMITS.usedCells) return;
  throw xlsxError(
    "TOO_MANY_CELLS",
    path,
    `trang '${widest.name}' dùng đến ô ${widest.corner} (${grouped(widest.cells)} ô); cả tệp ${grouped(total)} ô, giới hạn ${grouped(LIMITS.usedCells)} ô`,
  );
}
