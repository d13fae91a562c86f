import { basename } from "node:path";
import type { CheckOutcome } from "./run-check";

const CUTOFF = new Set(["DV01", "DV02"]);

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

/** The Vietnamese summary for a person: counts, the units that miss the cutoff, codes. */
export function humanReport(file: string, outcome: CheckOutcome, out?: string): string {
  const { summary, findings } = outcome;
  const lines = [
    `Kiểm tra tệp '${basename(file)}' — ngày tham chiếu ${outcome.today}`,
    `Lỗi: ${summary.errors} · Cảnh báo: ${summary.warnings} · Thông tin: ${summary.infos}`,
    "",
  ];
  const cutoff = findings.filter((f) => CUTOFF.has(f.code));
  if (cutoff.length === 0) lines.push("Không có đơn vị nào bị loại vì đăng ký muộn hoặc chưa đăng ký.");
  else {
    lines.push(`Đơn vị không được xét khen thưởng (${cutoff.length}):`);
    for (const u of outcome.excluded) {
      lines.push(`  - ${u.unit}${u.cluster ? ` (Cụm ${u.cluster})` : ""} — ${u.code}: ${u.message}`);
    }
  }
  const codes = Object.keys(summary.byCode).sort();
  lines.push("");
  lines.push(
    codes.length > 0
      ? `Theo mã: ${codes.map((c) => `${c}: ${summary.byCode[c]}`).join(", ")}.`
      : "Không có phát hiện nào: dữ liệu hợp lệ.",
  );
  if (out)
    lines.push(`Bản có kết quả kiểm tra (cột '${"Kết quả kiểm tra"}', tô màu, trang 'BC Kiểm tra'): ${out}`);
  else if (codes.length > 0)
    lines.push("Thêm --out <tệp.xlsx> để lưu một bản có kết quả kiểm tra từng dòng.");
  return `${lines.join("\n")}\n`;
}
