import { basename } from "node:path";
import { SEVERITY } from "../../src/core/findings/finding";
import type { CheckOutcome } from "./run-check";
import { bySeverity, byTab, codeSummary, cutoffLines, errorLine } from "./text-sections";

/** The `--json` object: findings with null for absent row/unit/sheet, and the counts. */
export function jsonReport(outcome: CheckOutcome): string {
  const findings = outcome.findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    sheet: f.sheet ?? null,
    row: f.row ?? null,
    unit: f.unit ?? null,
    message: f.message,
  }));
  return JSON.stringify({ findings, summary: outcome.summary });
}

export interface HumanReportOptions {
  /** Where `--out` wrote the annotated copy. */
  out?: string;
  /** The workbook's tabs in order: errors are listed tab by tab in that order. */
  tabs?: readonly string[];
}

/**
 * The Vietnamese report for a person: counts; the units that miss the cutoff (DV01/DV02);
 * every other error with its tab and row, tab by tab; warnings and infos summarised by code.
 */
export function humanReport(file: string, outcome: CheckOutcome, options: HumanReportOptions = {}): string {
  const { summary, findings } = outcome;
  const lines = [
    `Kiểm tra tệp '${basename(file)}' — ngày tham chiếu ${outcome.today}`,
    `Lỗi: ${summary.errors} · Cảnh báo: ${summary.warnings} · Thông tin: ${summary.infos}`,
    "",
    ...cutoffLines(outcome),
  ];
  const { cutoff, errors, warnings, infos } = bySeverity(findings);
  if (errors.length > 0) {
    const other = cutoff > 0 ? ", ngoài các đơn vị trên" : "";
    lines.push("", `Lỗi (${errors.length}${other}), theo trang:`);
    for (const [tab, list] of byTab(errors, options.tabs ?? [])) {
      lines.push(
        tab === null ? `  Cả bảng tính — ${list.length} lỗi:` : `  Trang '${tab}' — ${list.length} lỗi:`,
      );
      for (const f of list) lines.push(`    ${errorLine(f)}`);
    }
  }
  for (const [severity, list] of [
    [SEVERITY.warning, warnings],
    [SEVERITY.info, infos],
  ] as const) {
    if (list.length === 0) continue;
    lines.push("", `${severity} (${list.length}), theo mã:`, ...codeSummary(list));
  }
  const codes = Object.keys(summary.byCode).sort();
  lines.push("");
  lines.push(
    codes.length > 0
      ? `Theo mã: ${codes.map((c) => `${c}: ${summary.byCode[c]}`).join(", ")}.`
      : "Không có phát hiện nào: dữ liệu hợp lệ.",
  );
  if (options.out)
    lines.push(
      `Bản có kết quả kiểm tra (cột 'Kết quả kiểm tra', tô màu, trang 'BC Kiểm tra'): ${options.out}`,
    );
  else if (codes.length > 0)
    lines.push(
      "Thêm --out <tệp.xlsx> để lưu một bản có kết quả kiểm tra từng dòng, hoặc --json để xử lý tiếp.",
    );
  return `${lines.join("\n")}\n`;
}
