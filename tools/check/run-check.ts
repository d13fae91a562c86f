import { CONFIG, SETTING, TAB } from "../../src/core/contract/workbook";
import type { FindingCounts } from "../../src/core/findings/areas";
import type { Finding } from "../../src/core/findings/finding";
import type { CheckDataResult } from "../../src/core/use-cases/check-data";
import type { Sandbox } from "../gas-sandbox";

/** Tabs without which no registration can be checked: a file lacking one cannot be used. */
const REQUIRED_TABS = [TAB.config, TAB.clusters, TAB.units, TAB.titles] as const;

type Summary = FindingCounts;

export interface CheckOutcome {
  findings: readonly Finding[];
  summary: Summary;
  /** "Today" of the checks, dd/mm/yyyy. */
  today: string;
  /** The units flagged DV01/DV02, with their cluster. */
  excluded: CheckDataResult["excluded"];
  /** The bundle's own summary, as `Kiểm tra dữ liệu` shows it. */
  alert: string;
}

/** A run that went wrong inside the add-on or disagrees with it: never expected. */
class CheckFailure extends Error {
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

/**
 * Runs `Kiểm tra dữ liệu` of the built bundle in the sandbox and returns its findings and counts
 * as data. With `annotate` (`--out`), as the menu does (`checkData_`): the status columns and
 * `BC Kiểm tra` are written into the sandbox; without, the same check writing nothing
 * (`checkFindings_`), which saves the time and memory of 100 000 statuses nobody will see.
 */
export function runCheck(sb: Sandbox, annotate = true): CheckOutcome {
  const result = sb.call(annotate ? "checkData_" : "checkFindings_") as CheckDataResult | undefined;
  if (!result || !Array.isArray(result.findings)) {
    throw new CheckFailure(
      "Kiểm tra dữ liệu không chạy xong: bản build không trả về kết quả. Hãy chạy 'npm run build' rồi thử lại.",
    );
  }
  return {
    findings: result.findings,
    summary: result.counts,
    today: result.today,
    excluded: result.excluded,
    alert: result.message,
  };
}
