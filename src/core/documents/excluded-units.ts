import { formatCivil } from "../dates";
import type { Cluster } from "../plan/types";
import { excludedUnits } from "../reports/check-report";
import { formatPoints } from "../scoring/score-cell";
import { nameKey } from "../text/name-key";
import { compareText } from "../text/vietnamese-order";
import type { Block, DocumentModel, TableColumn } from "./model";
import { documentFileName, documentHeader, FILED, signatureOf, yearText } from "./parts";
import { clusterLabel } from "./registration-rows";
import type { DocumentSource } from "./source";

export const EXCLUDED_UNITS_KIND = "don-vi-khong-xet";

const COLUMNS: readonly TableColumn[] = [
  { header: "STT", width: 8, align: "center" },
  { header: "Đơn vị", width: 28 },
  { header: "Cụm thi đua", width: 22 },
  { header: "Đơn vị cụm trưởng", width: 18 },
  { header: "Lý do", width: 24 },
];

interface Line {
  readonly unit: string;
  readonly cluster: Cluster | undefined;
  readonly reasons: string[];
}

/**
 * `Đơn vị không được xét khen thưởng`: the units kept out of the year's awards with their
 * cluster, cluster head and reason — no registration (DV01) or none on time (DV02) once the
 * cluster's deadline has passed, when `Chỉ xét đăng ký đúng hạn` is `Có`; and a total score
 * under the floor (DI06) once scoring has begun. Units that may still register are counted
 * in a note under the list.
 */
export function excludedUnitsList(source: DocumentSource): DocumentModel {
  const { index, findings, scores } = source.check;
  const plan = index.plan;
  const today = plan.today;
  const lines = new Map<string, Line>();
  const add = (unit: string, cluster: Cluster | undefined, reason: string) => {
    const key = nameKey(unit);
    const line = lines.get(key) ?? { unit, cluster, reasons: [] };
    line.reasons.push(reason);
    lines.set(key, line);
  };
  const cut = plan.onTimeOnly ? excludedUnits(findings, index) : [];
  for (const u of cut.filter((c) => c.final)) {
    const cluster = index.cluster(u.cluster);
    const deadline = cluster ? index.deadlineOf(cluster) : null;
    const due = deadline ? ` (hạn ${formatCivil(deadline)})` : "";
    add(
      u.unit,
      cluster,
      u.code === "DV01" ? `Không đăng ký thi đua${due}` : `Không có đăng ký đúng hạn${due}`,
    );
  }
  for (const c of scores.clusters) {
    for (const r of c.ranked) {
      if (r.reachedFloor !== false || plan.scoreFloor === null) continue;
      const reason = `Tổng điểm ${formatPoints(r.score.total)} thấp hơn điểm sàn ${formatPoints(plan.scoreFloor)}`;
      add(r.score.unit.name, c.cluster, reason);
    }
  }
  const clusterRank = new Map(plan.clusters.map((c, i) => [c.id, i]));
  const ordered = [...lines.values()].sort(
    (a, b) =>
      (clusterRank.get(a.cluster?.id ?? "") ?? 1e9) - (clusterRank.get(b.cluster?.id ?? "") ?? 1e9) ||
      compareText(a.unit, b.unit),
  );
  const open = cut.filter((c) => !c.final);
  const body: Block[] = [
    {
      kind: "paragraph",
      indent: true,
      text:
        `Theo kế hoạch công tác thi đua, khen thưởng ${yearText(plan)}, tập thể, cá nhân không đăng ký thi đua ` +
        `hoặc đăng ký không đúng hạn không được xét khen thưởng${plan.scoreFloor === null ? "" : "; đơn vị có tổng điểm thấp hơn điểm sàn bị đánh dấu không đạt"}. Tính đến ngày ${formatCivil(today)}, ` +
        `${ordered.length} đơn vị không được xét khen thưởng như sau:`,
    },
    ordered.length > 0
      ? {
          kind: "table",
          columns: COLUMNS,
          rows: ordered.map((l, i) => ({
            kind: "data",
            cells: [
              String(i + 1),
              l.unit,
              l.cluster ? clusterLabel(l.cluster) : "",
              l.cluster?.headUnit ?? "",
              l.reasons.join("; "),
            ],
          })),
        }
      : { kind: "paragraph", italic: true, text: "Không có đơn vị nào." },
  ];
  if (open.length > 0) {
    body.push({
      kind: "paragraph",
      italic: true,
      size: "small",
      text: `Ngoài ra, ${open.length} đơn vị chưa đăng ký nhưng cụm còn hạn đăng ký: ${open.map((u) => u.unit).join(", ")}.`,
    });
  }
  return {
    kind: EXCLUDED_UNITS_KIND,
    fileName: documentFileName(plan, "Đơn vị không được xét khen thưởng", today),
    orientation: "portrait",
    header: documentHeader(plan, "DS", today),
    title: "DANH SÁCH",
    subtitle: [`Đơn vị không được xét khen thưởng ${yearText(plan)}`.trim()],
    body,
    signature: signatureOf(plan),
    recipients: ["- Thường trực Hội đồng (để báo cáo);", "- Các cụm thi đua;", FILED],
  };
}
