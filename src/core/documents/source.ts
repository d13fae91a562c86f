import { type CheckResult, checkWorkbook } from "../checks/check-workbook";
import { CUTOFF_CODES, isYearEndCode } from "../findings/areas";
import { type Finding, SEVERITY } from "../findings/finding";
import type { Title } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import type { Snapshot } from "../table";
import { nameKey } from "../text/name-key";

/** What every document is built from: the workbook as read and the one run of the checks over it. */
export interface DocumentSource {
  readonly snapshot: Snapshot;
  readonly check: CheckResult;
}

/** Runs the checks once; every document built from the result counts what `Kiểm tra dữ liệu` counts. */
export function documentSource(snapshot: Snapshot, now: Date, timeZone?: string): DocumentSource {
  return { snapshot, check: checkWorkbook(snapshot, now, timeZone) };
}

/** A registration row that does not count, with the findings that say why. */
export interface NotCounted {
  readonly registration: Registration;
  readonly reasons: readonly Finding[];
}

/** The registration rows split as the documents list them. */
export interface RegistrationSplit {
  /** Rows with no error finding, of units not flagged DV01/DV02, in sheet order. */
  readonly counted: readonly Registration[];
  readonly notCounted: readonly NotCounted[];
}

const rowKey = (sheet: string | null, row: number | null): string => `${sheet}\u0000${row}`;

/**
 * Which rows count: a row counts when the checks found no error on it (DK12, late, is an
 * error) and its unit is not kept out of the year's awards (DV01/DV02). The others come with
 * their error findings, or the unit's DV finding when the row itself is clean. The year-end
 * conditions (KT) do not make a registration count or not: the proposal list says them.
 */
export function splitRegistrations(check: CheckResult): RegistrationSplit {
  const errors = new Map<string, Finding[]>();
  const cutoff = new Map<string, Finding>();
  for (const f of check.findings) {
    if (f.severity !== SEVERITY.error || isYearEndCode(f.code)) continue;
    if (CUTOFF_CODES.has(f.code) && f.unit) cutoff.set(nameKey(f.unit), f);
    else if (f.row !== null) {
      const key = rowKey(f.sheet, f.row);
      errors.set(key, [...(errors.get(key) ?? []), f]);
    }
  }
  const counted: Registration[] = [];
  const notCounted: NotCounted[] = [];
  for (const r of check.regs) {
    const own = errors.get(rowKey(r.sheet, r.row)) ?? [];
    const unitCut = r.unit ? cutoff.get(r.unit.key) : undefined;
    const reasons = own.length > 0 ? own : unitCut ? [unitCut] : [];
    if (reasons.length === 0) counted.push(r);
    else notCounted.push({ registration: r, reasons });
  }
  return { counted, notCounted };
}

/** Is `title` decided at `level` (`Cấp quyết định`, compared as names)? Any title when level is null. */
export function atLevel(title: Title | undefined, level: string | null): boolean {
  if (level === null) return true;
  return title !== undefined && nameKey(title.decisionLevel) === nameKey(level);
}

/** The `Cấp quyết định` values of `Danh hiệu`, in the order they first appear, blanks left out. */
export function decisionLevels(titles: readonly Title[]): string[] {
  const seen = new Map<string, string>();
  for (const t of titles) {
    const key = nameKey(t.decisionLevel);
    if (key && !seen.has(key)) seen.set(key, t.decisionLevel);
  }
  return [...seen.values()];
}
