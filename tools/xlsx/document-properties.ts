import type ExcelJS from "exceljs";
import type { FakeProperties, Sandbox } from "../gas-sandbox";

/**
 * The reserved worksheet that carries what an `.xlsx` has no place for: the sandbox's document
 * properties (key in column A, value in column B, as text, one property a row) and each tab's
 * sheet id (tab name in column D, id in column E), which `#gid=` links name. It is written
 * `veryHidden` (Excel's UI cannot unhide it) and is never loaded as a tab.
 */
export const PROPERTIES_SHEET = "_so-thi-dua.properties";

export const isPropertiesSheet = (ws: ExcelJS.Worksheet): boolean => ws.name === PROPERTIES_SHEET;

/** A sandbox's document properties, read from the fake's store (no call is recorded). */
export function documentPropertiesOf(sandbox: Sandbox): Record<string, string> {
  return Object.fromEntries(sandbox.services.properties.document.data);
}

/** Appends the reserved worksheet holding `properties` and `sheetIds` (nothing when both are empty). */
export function writeDocumentProperties(
  workbook: ExcelJS.Workbook,
  properties: Record<string, string>,
  sheetIds: readonly (readonly [string, number])[] = [],
): void {
  const entries = Object.entries(properties);
  if (entries.length === 0 && sheetIds.length === 0) return;
  const ws = workbook.addWorksheet(PROPERTIES_SHEET, { state: "veryHidden" });
  const put = (r: number, c: number, value: string | number) => {
    const cell = ws.getRow(r).getCell(c);
    if (typeof value === "string") cell.numFmt = "@";
    if (value !== "") cell.value = value;
  };
  entries.forEach(([key, value], i) => {
    put(i + 1, 1, key);
    put(i + 1, 2, String(value));
  });
  sheetIds.forEach(([name, id], i) => {
    put(i + 1, 4, name);
    put(i + 1, 5, id);
  });
}

/** The sheet id of each tab the reserved worksheet names (none when it has no column D/E). */
export function readSheetIds(workbook: ExcelJS.Workbook): Map<string, number> {
  const ws = workbook.worksheets.find(isPropertiesSheet);
  const out = new Map<string, number>();
  ws?.eachRow((row) => {
    const name = textOf(row.getCell(4).value);
    const id = Number(textOf(row.getCell(5).value));
    if (name !== "" && Number.isSafeInteger(id) && id > 0) out.set(name, id);
  });
  return out;
}

/** The properties the reserved worksheet of `workbook` holds ({} when it has none). */
export function readDocumentProperties(workbook: ExcelJS.Workbook): Record<string, string> {
  const ws = workbook.worksheets.find(isPropertiesSheet);
  const out: Record<string, string> = {};
  ws?.eachRow((row) => readPropertyRow(row, out));
  return out;
}

/** One row of the reserved worksheet (key in A, value in B) into `out`: a blank key is skipped. */
export function readPropertyRow(row: ExcelJS.Row, out: Record<string, string>): void {
  const key = textOf(row.getCell(1).value);
  if (key !== "") out[key] = textOf(row.getCell(2).value);
}

/** Replaces the store's content with `properties`, as restored state (no call is recorded). */
export function restoreDocumentProperties(store: FakeProperties, properties: Record<string, string>): void {
  store.data.clear();
  for (const [k, v] of Object.entries(properties)) store.data.set(k, v);
}

/** A cell of the reserved sheet as text (a file edited by hand may hold numbers or rich text). */
function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (value instanceof Date) return value.toISOString();
  const o = value as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
  if (typeof o.text === "string") return o.text;
  if ("result" in o) return o.result === undefined || o.result === null ? "" : String(o.result);
  return "";
}
