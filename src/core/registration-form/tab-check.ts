import { type Cell, cellText, isBlank } from "../cell";
import type { TabStatus } from "../checks/check-workbook";
import { statusText, worstSeverity } from "../checks/status-text";
import { REG } from "../contract/workbook";
import { formatCivil } from "../dates";
import type { Finding } from "../findings/finding";
import { groupBy } from "../group-by";
import type { Cluster, PlanIndex } from "../plan/types";
import { checkRow } from "../rules/registrations/check-row";
import { checkSets } from "../rules/registrations/check-sets";
import {
  CONTENT_HEADERS,
  DATA_HEADERS,
  fromTableRow,
  type Registration,
} from "../rules/registrations/registration";
import type { Grid } from "../table";
import { toTable } from "../table";
import type { ExistingRow, RowFinding } from "./types";

/** One cluster tab checked by the rule engine, as the live check does it (this tab only). */
export interface TabCheck {
  readonly regs: readonly Registration[];
  readonly findingsByRow: ReadonlyMap<number, readonly Finding[]>;
  /** Rows 2..last of the status column. */
  readonly statusRows: TabStatus["rows"];
}

export function checkClusterTab(grid: Grid, cluster: Cluster, index: PlanIndex): TabCheck {
  const table = toTable(grid);
  const regs = table.rows
    .filter((r) => CONTENT_HEADERS.some((h) => !isBlank(table.get(r, h))))
    .map((r) => fromTableRow(grid.name, cluster, table, r, index));
  const findings = [...regs.flatMap((r) => checkRow(r, index)), ...checkSets(regs, index)];
  const byRow = groupBy(findings, (f) => f.row ?? 0);
  const dataRows = new Set(regs.map((r) => r.row));
  const statusRows = Array.from({ length: Math.max(grid.values.length - 1, 0) }, (_, i) => {
    const own = byRow.get(i + 2) ?? [];
    return dataRows.has(i + 2) || own.length > 0
      ? { text: statusText(own), severity: worstSeverity(own) }
      : { text: "", severity: null };
  });
  return { regs, findingsByRow: byRow, statusRows };
}

/** The findings of some rows, for the sidebar. */
export function rowFindings(check: TabCheck, rows: readonly number[]): RowFinding[] {
  return rows.flatMap((row) =>
    (check.findingsByRow.get(row) ?? []).map((f) => ({
      row,
      code: f.code,
      severity: f.severity,
      message: f.message,
    })),
  );
}

/**
 * A digest of a row's data cells as read: the sidebar sends it back with a
 * correction or a withdrawal, and the server refuses when the row no longer
 * holds what the user saw (edited meanwhile, or rows moved).
 */
export function fingerprint(get: (header: string) => Cell): string {
  const text = DATA_HEADERS.map((h) => cellText(get(h)).normalize("NFC").trim()).join("\u001f");
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16)}${h2.toString(16)}-${text.length}`;
}

/** The sidebar's view of one registration row: JSON-safe, dates as dd/mm/yyyy. */
export function existingRow(reg: Registration, check: TabCheck): ExistingRow {
  const own = check.findingsByRow.get(reg.row) ?? [];
  const rawDate = reg.raw[REG.date];
  return {
    row: reg.row,
    subject: reg.subjectText,
    person: reg.person,
    position: cellText(reg.raw[REG.position]).trim(),
    title: reg.title?.name ?? reg.titleText,
    initiative: reg.initiative,
    date: reg.date.ok ? formatCivil(reg.date.date) : typeof rawDate === "string" ? rawDate : "",
    enteredBy: cellText(reg.raw[REG.enteredBy]).trim(),
    status: statusText(own),
    severity: worstSeverity(own),
    fingerprint: fingerprint((h) => reg.raw[h]),
  };
}
