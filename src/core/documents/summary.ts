import { SUBJECT } from "../contract/workbook";
import { formatCivil } from "../dates";
import { CUTOFF_CODES } from "../findings/areas";
import type { Title } from "../plan/types";
import { nameKey } from "../text/name-key";
import type { DocumentModel, TableColumn, TableRow } from "./model";
import { documentFileName, documentHeader, FILED, signatureOf, yearText } from "./parts";
import { clusterLabel } from "./registration-rows";
import { type DocumentSource, splitRegistrations } from "./source";

export const SUMMARY_KIND = "tong-hop-cum-danh-hieu";

/** One cluster's line of the summary: counts per title, collectives, individuals, units on time. */
interface SummaryLine {
  readonly label: string;
  readonly short: string;
  readonly perTitle: readonly number[];
  readonly collectives: number;
  readonly individuals: number;
  readonly unitsOnTime: number;
  readonly units: number;
}

/** The summary's numbers: the titles registered (collective titles first), one line per cluster. */
function summaryLines(source: DocumentSource): { titles: Title[]; lines: SummaryLine[] } {
  const { index, findings } = source.check;
  const counted = splitRegistrations(source.check).counted;
  const collectiveFirst = (t: Title) => (t.subject === SUBJECT.collective ? 0 : 1);
  const titles = index.plan.titles
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => counted.some((r) => r.title?.key === t.key))
    .sort((a, b) => collectiveFirst(a.t) - collectiveFirst(b.t) || a.i - b.i)
    .map(({ t }) => t);
  const cut = new Set(findings.filter((f) => CUTOFF_CODES.has(f.code)).map((f) => nameKey(f.unit ?? "")));
  const lines = index.plan.clusters.map((cluster) => {
    const rows = counted.filter((r) => r.cluster.id === cluster.id);
    const units = index.plan.units.filter((u) => u.clusterId === cluster.id);
    return {
      label: clusterLabel(cluster),
      short: `Cụm ${cluster.id}`,
      perTitle: titles.map((t) => rows.filter((r) => r.title?.key === t.key).length),
      collectives: rows.filter((r) => r.subject === SUBJECT.collective).length,
      individuals: rows.filter((r) => r.subject === SUBJECT.individual).length,
      unitsOnTime: units.filter((u) => !cut.has(u.key)).length,
      units: units.length,
    };
  });
  return { titles, lines };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * `Tổng hợp theo cụm và danh hiệu`: per cluster the counted registrations of each title, the
 * collectives and individuals, the units registered on time out of all; a totals row; a chart
 * of collectives and individuals per cluster. The counts are those of the registration list.
 */
export function summaryReport(source: DocumentSource): DocumentModel {
  const plan = source.check.index.plan;
  const today = plan.today;
  const { titles, lines } = summaryLines(source);
  const columns: TableColumn[] = [
    { header: "STT", width: 5, align: "center" },
    { header: "Cụm thi đua", width: 32 },
    ...titles.map((t) => ({ header: t.abbreviation || t.name, width: 10, align: "center" as const })),
    { header: "Tập thể", width: 8, align: "center" },
    { header: "Cá nhân", width: 8, align: "center" },
    { header: "Đơn vị đúng hạn / tổng số", width: 11, align: "center" },
  ];
  const numbers = (l: Omit<SummaryLine, "label" | "short">) => [
    ...l.perTitle.map(String),
    String(l.collectives),
    String(l.individuals),
    `${l.unitsOnTime}/${l.units}`,
  ];
  const total = {
    perTitle: titles.map((_, i) => sum(lines.map((l) => l.perTitle[i] ?? 0))),
    collectives: sum(lines.map((l) => l.collectives)),
    individuals: sum(lines.map((l) => l.individuals)),
    unitsOnTime: sum(lines.map((l) => l.unitsOnTime)),
    units: sum(lines.map((l) => l.units)),
  };
  const rows: TableRow[] = [
    ...lines.map((l, i) => ({ kind: "data" as const, cells: [String(i + 1), l.label, ...numbers(l)] })),
    { kind: "total", cells: ["", "Tổng cộng", ...numbers(total)] },
  ];
  const deadline = plan.deadline ? `hạn đăng ký ${formatCivil(plan.deadline)}, ` : "";
  const legend = titles.filter((t) => t.abbreviation).map((t) => `${t.abbreviation}: ${t.name}`);
  return {
    kind: SUMMARY_KIND,
    fileName: documentFileName(plan, "Tổng hợp theo cụm và danh hiệu", today),
    orientation: "landscape",
    header: documentHeader(plan, "BC", today),
    title: "BÁO CÁO",
    subtitle: [
      `Tổng hợp đăng ký thi đua ${yearText(plan)} theo cụm thi đua và danh hiệu`.replace(/\s+/g, " "),
    ],
    body: [
      {
        kind: "paragraph",
        indent: true,
        text:
          `Tính đến ngày ${formatCivil(today)} (${deadline}chỉ tính các đăng ký hợp lệ, đúng hạn), ` +
          `${total.unitsOnTime}/${total.units} đơn vị đã đăng ký; ${total.collectives} tập thể và ` +
          `${total.individuals} cá nhân đăng ký danh hiệu thi đua, hình thức khen thưởng, cụ thể:`,
      },
      { kind: "table", columns, rows },
      ...(legend.length > 0
        ? [
            {
              kind: "paragraph" as const,
              size: "small" as const,
              italic: true,
              text: `Ghi chú: ${legend.join("; ")}.`,
            },
          ]
        : []),
      {
        kind: "chart",
        title: "Số tập thể, cá nhân đăng ký theo cụm thi đua",
        categories: lines.map((l) => l.short),
        series: [
          { name: "Tập thể", values: lines.map((l) => l.collectives) },
          { name: "Cá nhân", values: lines.map((l) => l.individuals) },
        ],
      },
    ],
    signature: signatureOf(plan),
    recipients: ["- Thường trực Hội đồng (để báo cáo);", "- Các cụm thi đua;", FILED],
  };
}
