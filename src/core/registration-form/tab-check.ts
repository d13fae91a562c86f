import { type Cell, cellText } from "../cell";
import { type StatusRow, statusRows } from "../checks/status";
import { statusText, worstSeverity } from "../checks/status-text";
import { REG } from "../contract/workbook";
import { formatCivil } from "../dates";
import type { Finding } from "../findings/finding";
import { groupBy } from "../group-by";
import type { Cluster, PlanIndex } from "../plan/types";
import { checkRegistrations } from "../rules/registrations/check-registrations";
import { type Registration, readTabRegistrations } from "../rules/registrations/registration";
import type { Grid } from "../table";
import type { ExistingRow, RowFinding } from "./types";

/** One cluster tab checked by the rule engine, as the live check does it (this tab only). */
export interface TabCheck {
  readonly regs: readonly Registration[];
  readonly findingsByRow: ReadonlyMap<number, readonly Finding[]>;
  /** Rows 2..last of the status column. */
  readonly statusRows: readonly StatusRow[];
}

export function checkClusterTab(grid: Grid, cluster: Cluster, index: PlanIndex): TabCheck {
  const regs = readTabRegistrations(grid, cluster, index);
  const findings = checkRegistrations(regs, index);
  const dataRows = new Set(regs.map((r) => r.row));
  return {
    regs,
    findingsByRow: groupBy(findings, (f) => f.row ?? 0),
    statusRows: statusRows(findings, 2, grid.values.length, (row) => dataRows.has(row)),
  };
}

/** The findings of some rows, for the sidebar. */
export function rowFindings(check: TabCheck, rows: readonly number[]): RowFinding[] {
  return rows.flatMap((row) =>
    (check.findingsByRow.get(row) ?? []).map((f) => ({
      row,
      code: f.code,
      severity: f.severity,
      column: f.column ?? "",
      message: f.message,
    })),
  );
}

/**
 * A digest of a whole row as read (every cell, the office's own columns included): the
 * sidebar sends it back with a correction or a withdrawal, and the server refuses when the
 * row no longer holds what the user saw (edited meanwhile, or rows moved).
 */
const SEPARATOR = String.fromCharCode(31);

export function fingerprint(cells: readonly Cell[]): string {
  const parts = cells.map((c) => cellText(c).normalize("NFC").trim());
  // Trailing blank cells do not count: a column added at the end must not make every row stale.
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  const text = parts.join(SEPARATOR);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16)}${h2.toString(16)}-${text.length}`;
}

/** The sidebar's view of one registration row: JSON-safe, dates as dd/mm/yyyy, the STT as the sheet shows it. */
export function existingRow(reg: Registration, check: TabCheck, cells: readonly Cell[]): ExistingRow {
  const own = check.findingsByRow.get(reg.row) ?? [];
  const rawDate = reg.raw[REG.date];
  return {
    row: reg.row,
    no: cellText(reg.raw[REG.no]).trim(),
    subject: reg.subjectText,
    person: reg.person,
    position: cellText(reg.raw[REG.position]).trim(),
    title: reg.title?.name ?? reg.titleText,
    initiative: reg.initiative,
    date: reg.date.ok ? formatCivil(reg.date.date) : typeof rawDate === "string" ? rawDate : "",
    enteredBy: cellText(reg.raw[REG.enteredBy]).trim(),
    outcome: reg.result.outcome,
    rating: reg.result.rating,
    initiativeDecision: reg.result.initiativeDecision,
    status: statusText(own),
    severity: worstSeverity(own),
    fingerprint: fingerprint(cells),
  };
}
