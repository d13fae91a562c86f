import type { Finding, Severity } from "../findings/finding";
import { groupBy } from "../group-by";
import { statusText, worstSeverity } from "./status-text";

/** What one row's status cell says, and the highlight its worst finding gives the row. */
export interface StatusRow {
  readonly text: string;
  readonly severity: Severity | null;
}

/** What one tab's status column should say, rows 2..last (1-based sheet rows). */
export interface TabStatus {
  readonly sheet: string;
  readonly header: string;
  readonly rows: readonly StatusRow[];
}

const NO_STATUS: StatusRow = { text: "", severity: null };

/**
 * The status cells of sheet rows `from..to` of one tab, from the findings on them: a data row
 * or a row with findings gets `Hợp lệ` or its `CODE: message` lines; any other row is cleared
 * (so a stale status of a row emptied since goes away). The one builder of status columns.
 */
export function statusRows(
  findings: readonly Finding[],
  from: number,
  to: number,
  isData: (row: number) => boolean,
): StatusRow[] {
  const byRow = groupBy(
    findings.filter((f) => f.row !== null && f.row >= from && f.row <= to),
    (f) => f.row as number,
  );
  const rows: StatusRow[] = [];
  for (let row = from; row <= to; row++) {
    const own = byRow.get(row) ?? [];
    rows.push(
      isData(row) || own.length > 0 ? { text: statusText(own), severity: worstSeverity(own) } : NO_STATUS,
    );
  }
  return rows;
}

/** A whole tab's status column: rows 2..`height` (the grid's row count), from the findings on that tab. */
export function tabStatus(
  sheet: string,
  header: string,
  height: number,
  findings: readonly Finding[],
  dataRows: ReadonlySet<number>,
): TabStatus {
  const own = findings.filter((f) => f.sheet === sheet);
  return { sheet, header, rows: statusRows(own, 2, height, (row) => dataRows.has(row)) };
}
