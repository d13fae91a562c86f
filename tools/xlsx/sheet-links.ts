import { hyperlinkUrl } from "../gas-sandbox/cell";

/**
 * Links to a tab of the same workbook, in both worlds. Sheets knows a tab by its id, which
 * means nothing outside Google: `=HYPERLINK("#gid=123&range=A53";"Cụm 1!53")`. Excel and
 * LibreOffice know it by name: an internal hyperlink to `'Cụm 1'!A53`. The .xlsx holds the
 * second (what those programs follow); the sandbox the first (what the add-on writes).
 */

/** A cell or range of one tab, without `$`: `A53`, `A1:B2`. */
const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

export interface SheetTarget {
  readonly sheetName: string;
  readonly range: string;
}

const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** `#gid=123&range=A53` → the tab's id and range (`A1` when none), else null. */
function parseGidUrl(url: string): { sheetId: number; range: string } | null {
  const m = /^#gid=(\d+)(?:&range=([^&]*))?$/.exec(url);
  if (!m) return null;
  const range = (m[2] ?? "A1").toUpperCase();
  const parts = RANGE.exec(range);
  if (!parts) return null;
  return { sheetId: Number(m[1]), range: range.replace(/\$/g, "") };
}

/** The Excel location (`'Cụm 1'!A53`) of a tab's range. */
export function excelLocation(target: SheetTarget): string {
  return `${quoted(target.sheetName)}!${target.range}`;
}

/** `'Cụm 1'!A53`, `Sheet2!$A$1` (with or without a leading `#`) → tab name and range, else null. */
export function parseExcelLocation(location: string): SheetTarget | null {
  const m = /^#?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(location.trim());
  if (!m || !RANGE.test(m[3] ?? "")) return null;
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return { sheetName, range: (m[3] as string).replace(/\$/g, "").toUpperCase() };
}

/**
 * A cell's formula as the add-on writes a link to a row (`src/adapter/write-report.ts`): the
 * same text, so that a workbook saved and reopened holds exactly what it held.
 */
export function gidFormula(sheetId: number, range: string, label: string): string {
  return `=HYPERLINK("#gid=${sheetId}&range=${range}","${label.replace(/"/g, '""')}")`;
}

/** The tab and range a `=HYPERLINK("#gid=…")` formula opens, when its tab is in `nameOf`. */
export function gidFormulaTarget(
  formula: string | undefined,
  nameOf: (sheetId: number) => string | undefined,
): SheetTarget | null {
  const url = hyperlinkUrl(formula);
  const gid = url === null ? null : parseGidUrl(url);
  const sheetName = gid ? nameOf(gid.sheetId) : undefined;
  return gid && sheetName !== undefined ? { sheetName, range: gid.range } : null;
}
