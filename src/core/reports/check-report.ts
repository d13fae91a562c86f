import { formatCivil } from "../dates";
import { type Finding, SEVERITY } from "../findings/finding";
import type { PlanIndex } from "../plan/types";
import type { ReportCell, ReportSheet, RowStyle } from "./report-sheet";

export const CHECK_REPORT = "BC Kiểm tra";
const CUTOFF = new Set(["DV01", "DV02"]);
const STYLE: Record<string, RowStyle> = {
  [SEVERITY.error]: "error",
  [SEVERITY.warning]: "warning",
  [SEVERITY.info]: "info",
};

/** Counts per severity and per code, for the summary and the report header. */
export function summarize(findings: readonly Finding[]): {
  errors: number;
  warnings: number;
  infos: number;
  byCode: Record<string, number>;
} {
  const byCode: Record<string, number> = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    errors: count(SEVERITY.error),
    warnings: count(SEVERITY.warning),
    infos: count(SEVERITY.info),
    byCode,
  };
}

/** The Vietnamese summary shown at the end of `Kiểm tra dữ liệu`. */
export function summaryText(findings: readonly Finding[]): string {
  const s = summarize(findings);
  const cutoff = new Set(findings.filter((f) => CUTOFF.has(f.code)).map((f) => f.unit)).size;
  const codes = Object.keys(s.byCode)
    .sort()
    .map((c) => `${c}: ${s.byCode[c]}`)
    .join(", ");
  return [
    `Lỗi: ${s.errors} · Cảnh báo: ${s.warnings} · Thông tin: ${s.infos}.`,
    cutoff > 0
      ? `${cutoff} đơn vị không được xét khen thưởng (DV01/DV02).`
      : "Không có đơn vị nào bị loại vì đăng ký muộn hoặc chưa đăng ký.",
    codes ? `Theo mã: ${codes}.` : "Không có phát hiện nào: dữ liệu hợp lệ.",
    `Xem chi tiết ở trang '${CHECK_REPORT}'.`,
  ].join("\n");
}

/**
 * `BC Kiểm tra`: the units that miss the cutoff first, then every finding
 * (tab, row, unit, code, severity, message) with a link to the row.
 */
export function checkReport(findings: readonly Finding[], index: PlanIndex, checkedAt: string): ReportSheet {
  const rows: ReportCell[][] = [];
  const styles: RowStyle[] = [];
  const push = (style: RowStyle, ...cells: ReportCell[]) => {
    rows.push(cells);
    styles.push(style);
  };
  const plan = index.plan;
  push("title", `KẾT QUẢ KIỂM TRA ĐĂNG KÝ THI ĐUA${plan.year ? ` NĂM ${plan.year}` : ""}`);
  push(
    "subtitle",
    `${plan.organisation} · ngày tham chiếu ${formatCivil(plan.today)} · kiểm tra lúc ${checkedAt}`,
  );
  push("subtitle", summaryText(findings).split("\n").slice(0, 2).join(" "));
  push("plain");

  const cutoff = findings.filter((f) => CUTOFF.has(f.code));
  push("section", `ĐƠN VỊ KHÔNG ĐƯỢC XÉT KHEN THƯỞNG (${cutoff.length})`);
  push("header", "STT", "Đơn vị", "Cụm", "Mã", "Lý do");
  cutoff.forEach((f, i) => {
    push("error", i + 1, f.unit ?? "", index.unit(f.unit ?? "")?.clusterId ?? "", f.code, f.message);
  });
  if (cutoff.length === 0) push("ok", "", "Không có đơn vị nào.");
  push("plain");

  const all = findings.filter((f) => !CUTOFF.has(f.code));
  push("section", `TẤT CẢ PHÁT HIỆN KHÁC (${all.length})`);
  push("header", "STT", "Trang", "Dòng", "Đơn vị", "Mã", "Mức độ", "Nội dung", "Đi tới");
  const rank = { [SEVERITY.error]: 0, [SEVERITY.warning]: 1, [SEVERITY.info]: 2 };
  [...all]
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .forEach((f, i) => {
      const link: ReportCell =
        f.sheet && f.row ? { sheet: f.sheet, row: f.row, label: `${f.sheet}!${f.row}` } : "";
      push(
        STYLE[f.severity] ?? "plain",
        i + 1,
        f.sheet ?? "",
        f.row ?? "",
        f.unit ?? "",
        f.code,
        f.severity,
        f.message,
        link,
      );
    });
  if (all.length === 0) push("ok", "", "Không có phát hiện nào.");
  return { name: CHECK_REPORT, widths: [50, 160, 60, 220, 60, 90, 560, 110], rows, styles, frozenRows: 0 };
}
