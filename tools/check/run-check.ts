import { checkWorkbook } from "../../src/core/checks/check-workbook";
import { CONFIG, SETTING, TAB } from "../../src/core/contract/workbook";
import type { Finding } from "../../src/core/findings/finding";
import type { PlanIndex } from "../../src/core/plan/types";
import { summarize } from "../../src/core/reports/check-report";
import type { Snapshot as CoreSnapshot, Grid } from "../../src/core/table";
import { type Sandbox, snapshot } from "../gas-sandbox";

/** Tabs without which no registration can be checked: a file lacking one cannot be used. */
export const REQUIRED_TABS = [TAB.config, TAB.clusters, TAB.units, TAB.titles] as const;

export type Summary = ReturnType<typeof summarize>;

export interface CheckOutcome {
  findings: readonly Finding[];
  summary: Summary;
  index: PlanIndex;
  /** The bundle's own summary, as `Kiểm tra dữ liệu` shows it. */
  alert: string;
}

/** A run that went wrong inside the add-on or disagrees with it: never expected. */
export class CheckFailure extends Error {
  override readonly name = "CheckFailure";
}

export function missingTabs(sb: Sandbox): string[] {
  const ss = sb.services.spreadsheet;
  return sb.services.calls.untracked(() => REQUIRED_TABS.filter((t) => !ss.getSheetByName(t)));
}

/** Sets `Ngày tham chiếu` of `Cấu hình` in the in-memory copy (a row is added when absent). */
export function setReferenceDate(sb: Sandbox, ddmmyyyy: string): void {
  const sheet = sb.services.spreadsheet.getSheetByName(TAB.config);
  if (!sheet) return;
  sb.services.calls.untracked(() => {
    const values = sheet.getDataRange().getValues();
    const head = (values[0] ?? []).map((h) => String(h).trim());
    const key = head.indexOf(CONFIG.key);
    const value = head.indexOf(CONFIG.value);
    if (key < 0 || value < 0) return; // BT02 reports the broken header
    const i = values.findIndex((r, n) => n > 0 && String(r[key]).trim() === SETTING.referenceDate);
    const row = i > 0 ? i + 1 : Math.max(sheet.getLastRow(), 1) + 1;
    if (i < 0) sheet.getRange(row, key + 1).setValues([[SETTING.referenceDate]]);
    sheet.getRange(row, value + 1).setValues([[ddmmyyyy]]);
  });
}

/** `Lỗi: N · Cảnh báo: N · Thông tin: N` and `Theo mã: A: n, …` of the bundle's summary. */
function countsOf(alert: string): Summary | undefined {
  const m = /Lỗi: (\d+) · Cảnh báo: (\d+) · Thông tin: (\d+)/.exec(alert);
  if (!m) return undefined;
  const byCode: Record<string, number> = {};
  for (const c of alert.matchAll(/\b([A-Z]{2}\d{2}): (\d+)/g)) byCode[c[1] as string] = Number(c[2]);
  return { errors: Number(m[1]), warnings: Number(m[2]), infos: Number(m[3]), byCode };
}

const sameCounts = (a: Summary, b: Summary): boolean =>
  a.errors === b.errors &&
  a.warnings === b.warnings &&
  a.infos === b.infos &&
  JSON.stringify(Object.entries(a.byCode).sort()) === JSON.stringify(Object.entries(b.byCode).sort());

/**
 * Runs `Kiểm tra dữ liệu` (`checkData`) of the built bundle in the sandbox: it writes the status
 * columns and `BC Kiểm tra`. The finding list comes from the pure core run on the exact values
 * the bundle read (the same code the bundle was built from), and must agree with the bundle's
 * own summary, code by code; a disagreement is a `CheckFailure`.
 */
export function runCheck(sb: Sandbox): CheckOutcome {
  const before = snapshot(sb.services.spreadsheet);
  const grids: Grid[] = Object.entries(before).map(([name, values]) => ({
    name,
    values: values as Grid["values"],
  }));
  const now = new Date();
  sb.services.ui.alerts.length = 0;
  sb.call("checkData");
  const alert = sb.services.ui.alerts.at(-1)?.prompt ?? "";
  const bundleCounts = countsOf(alert);
  if (!bundleCounts)
    throw new CheckFailure(`Kiểm tra dữ liệu không chạy xong: ${alert || "không có kết quả"}`);
  const { findings, index } = checkWorkbook({ grids } satisfies CoreSnapshot, now);
  const summary = summarize(findings);
  if (!sameCounts(summary, bundleCounts))
    throw new CheckFailure(
      "Kết quả kiểm tra không khớp với bản build: hãy chạy 'npm run build' rồi thử lại.",
    );
  return { findings, summary, index, alert };
}
