import { TAB } from "../contract/workbook";
import { compareCivil, formatCivil } from "../dates";
import { byArea, CUTOFF_CODES, countFindings, countsText } from "../findings/areas";
import { bySeverity, type Finding, SEVERITY } from "../findings/finding";
import type { PlanIndex } from "../plan/types";
import { excerpt } from "../text/quote";
import { tallyText, type YearEndEvaluation } from "../year-end";
import { ReportBuilder } from "./report-builder";
import type { ReportCell, RowStyle } from "./report-sheet";

const CHECK_REPORT = "BC Kiểm tra";

const STYLE: Record<string, RowStyle> = {
  [SEVERITY.error]: "error",
  [SEVERITY.warning]: "warning",
  [SEVERITY.info]: "info",
};
const COLUMNS = ["STT", "Trang", "Dòng", "Đơn vị", "Mã", "Mức độ", "Nội dung", "Đi tới"];
const WIDTHS = [45, 130, 50, 230, 55, 80, 620, 110];
/** Units named in the alert before "và N đơn vị khác". */
const UNITS_IN_ALERT = 8;

/** A unit flagged DV01/DV02: `final` once its cluster's deadline has passed (it can no longer register on time). */
export interface ExcludedUnit {
  readonly unit: string;
  readonly cluster: string;
  readonly code: string;
  readonly message: string;
  readonly final: boolean;
}

/** The units flagged DV01/DV02, in `Đơn vị` order. */
export function excludedUnits(findings: readonly Finding[], index: PlanIndex): ExcludedUnit[] {
  return findings
    .filter((f) => CUTOFF_CODES.has(f.code))
    .map((f) => {
      const unit = index.unit(f.unit ?? "");
      const cluster = unit ? index.cluster(unit.clusterId) : undefined;
      const deadline = cluster ? index.deadlineOf(cluster) : null;
      return {
        unit: unit?.name ?? f.unit ?? "",
        cluster: cluster?.id ?? unit?.clusterId ?? "",
        code: f.code,
        message: f.message,
        final: deadline !== null && compareCivil(index.plan.today, deadline) > 0,
      };
    });
}

const reasonOf = (u: ExcludedUnit): string => (u.code === "DV01" ? "chưa đăng ký" : "không đăng ký đúng hạn");
const listUnits = (units: readonly ExcludedUnit[]): string => {
  const named = units
    .slice(0, UNITS_IN_ALERT)
    .map((u) => `${excerpt(u.unit)} (cụm ${excerpt(u.cluster)}: ${reasonOf(u)})`);
  const more = units.length - named.length;
  return `${named.join("; ")}${more > 0 ? `; và ${more} đơn vị khác` : ""}.`;
};

/** Where the summary sends the reader for details: every status column and `BC Kiểm tra`. */
const DETAILS_EVERYWHERE = `Chi tiết ở cột 'Kết quả kiểm tra' của từng trang và ở trang '${CHECK_REPORT}'.`;

/**
 * The summary shown at the end of `Kiểm tra dữ liệu`: the totals, the units that will not be
 * considered (or must still register), how the year-end results stand once any is entered
 * (`yearEnd`), the counts per area by their Vietnamese names, then where the details are.
 */
export function summaryText(
  findings: readonly Finding[],
  index: PlanIndex,
  options: { readonly details?: string; readonly yearEnd?: YearEndEvaluation | null } = {},
): string {
  const c = countFindings(findings);
  const lines = [`Lỗi: ${c.errors} · Cảnh báo: ${c.warnings} · Thông tin: ${c.infos}.`];
  const excluded = excludedUnits(findings, index);
  const final = excluded.filter((u) => u.final);
  const open = excluded.filter((u) => !u.final);
  if (final.length > 0) lines.push(`${final.length} đơn vị không được xét khen thưởng: ${listUnits(final)}`);
  if (open.length > 0) lines.push(`${open.length} đơn vị chưa đăng ký, còn hạn: ${listUnits(open)}`);
  if (excluded.length === 0) lines.push("Không có đơn vị nào bị loại vì chưa đăng ký hoặc đăng ký muộn.");
  if (options.yearEnd) lines.push(tallyText(options.yearEnd));
  const areas = byArea(findings.filter((f) => !CUTOFF_CODES.has(f.code)));
  if (areas.length > 0) {
    lines.push("Theo phần:");
    for (const a of areas) lines.push(`• ${a.area}: ${countsText(a.findings)}`);
  } else if (excluded.length === 0) lines.push("Không có phát hiện nào.");
  lines.push(options.details ?? DETAILS_EVERYWHERE);
  return lines.join("\n");
}

/**
 * `BC Kiểm tra`: a frozen header, then the units not considered, then every other finding
 * grouped by area (each area's counts on its section line), errors first, each with a link to
 * its row.
 */
export function checkReport(findings: readonly Finding[], index: PlanIndex, checkedAt: string) {
  const plan = index.plan;
  const b = new ReportBuilder(CHECK_REPORT, WIDTHS);
  const c = countFindings(findings);
  b.title(`KẾT QUẢ KIỂM TRA ĐĂNG KÝ THI ĐUA${plan.year ? ` NĂM ${plan.year}` : ""}`);
  b.subtitle(
    `${plan.organisation} · ngày tham chiếu ${formatCivil(plan.today)} · kiểm tra lúc ${checkedAt} · ` +
      `Lỗi: ${c.errors} · Cảnh báo: ${c.warnings} · Thông tin: ${c.infos}`,
  );
  b.header(COLUMNS, true);
  const excluded = findings.filter((f) => CUTOFF_CODES.has(f.code));
  b.section(`ĐƠN VỊ KHÔNG ĐƯỢC XÉT KHEN THƯỞNG HOẶC CHƯA ĐĂNG KÝ (${excluded.length})`);
  if (excluded.length === 0) b.push("ok", "", "", "", "Không có đơn vị nào.");
  excluded.forEach((f, i) => {
    row(b, i + 1, f, index);
  });
  for (const area of byArea(findings.filter((f) => !CUTOFF_CODES.has(f.code)))) {
    b.section(`${area.area.toUpperCase()} (${countsText(area.findings)})`);
    [...area.findings].sort(bySeverity).forEach((f, i) => {
      row(b, i + 1, f, index);
    });
  }
  if (findings.length === 0) b.push("ok", "", "", "", "", "", "", "Không có phát hiện nào.");
  return b.build();
}

function row(b: ReportBuilder, n: number, f: Finding, index: PlanIndex): void {
  // A unit finding points at the unit's row of `Đơn vị`; a tab finding (row null) has no link.
  const unitRow = f.row === null && f.unit ? index.unit(f.unit)?.row : undefined;
  const sheet = unitRow ? TAB.units : f.sheet;
  const target = f.row ?? unitRow ?? null;
  const link: ReportCell = sheet && target ? { sheet, row: target, label: `${sheet}!${target}` } : "";
  b.push(
    STYLE[f.severity] ?? "plain",
    n,
    sheet ?? "",
    target ?? "",
    excerpt(f.unit ?? ""),
    f.code,
    f.severity,
    f.message,
    link,
  );
}
