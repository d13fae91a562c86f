import { cellText, isBlank } from "../cell";
import { DOSSIER, TAB } from "../contract/workbook";
import { formatCivil, isOnTime, parseDateCell } from "../dates";
import { DOSSIER_DOCUMENTS } from "../rules/dossier/check-dossier";
import { findGrid, type TableRow as SheetRow, toTable } from "../table";
import { nameKey } from "../text/name-key";
import type { DocumentModel, TableColumn, TableRow } from "./model";
import { documentFileName, documentHeader, FILED, signatureOf, yearText } from "./parts";
import { clusterLabel } from "./registration-rows";
import type { DocumentSource } from "./source";

export const DOSSIER_KIND = "ho-so-cum";

const SUBMITTED = "Đã nộp";
const MISSING = "Thiếu";

/**
 * `Tình hình hồ sơ cụm`: each cluster × the five documents of its dossier (II.5.2), submitted
 * or missing, the date it was handed in against the cluster's deadline, and its state. A cell
 * is read as the checks read it (HS01–HS03): any value is a document, blank is missing.
 */
export function dossierStatus(source: DocumentSource): DocumentModel {
  const { index } = source.check;
  const plan = index.plan;
  const today = plan.today;
  const grid = findGrid(source.snapshot, TAB.dossier);
  const table = grid ? toTable(grid) : undefined;
  const rowOf = new Map<string, SheetRow>();
  for (const row of table?.rows ?? []) {
    const key = nameKey(cellText(table?.get(row, DOSSIER.cluster)));
    if (key && !rowOf.has(key)) rowOf.set(key, row);
  }
  const documents = DOSSIER_DOCUMENTS;
  let complete = 0;
  const rows: TableRow[] = plan.clusters.map((cluster, i) => {
    const row = rowOf.get(nameKey(cluster.id));
    const present = documents.map((d) => row !== undefined && !isBlank(table?.get(row, d)));
    const dateCell = row ? table?.get(row, DOSSIER.submitted) : "";
    const date = parseDateCell(dateCell);
    const deadline = index.deadlineOf(cluster);
    const missing = present.filter((p) => !p).length;
    const states: string[] = [];
    if (missing === documents.length) states.push(row ? "Chưa nộp" : `Chưa có dòng trong '${TAB.dossier}'`);
    else if (missing > 0) states.push(`Thiếu ${missing} hồ sơ`);
    if (missing < documents.length) {
      if (!date.ok) states.push(date.reason === "blank" ? "Chưa có ngày nộp" : "Ngày nộp không hợp lệ");
      else if (deadline && !isOnTime(date.date, deadline)) states.push("Nộp muộn");
    }
    if (states.length === 0) {
      states.push("Đủ, đúng hạn");
      complete++;
    }
    return {
      kind: "data",
      cells: [
        String(i + 1),
        clusterLabel(cluster),
        ...present.map((p) => (p ? SUBMITTED : MISSING)),
        date.ok ? formatCivil(date.date) : cellText(dateCell).trim(),
        deadline ? formatCivil(deadline) : "",
        states.join("; "),
      ],
    };
  });
  const columns: TableColumn[] = [
    { header: "STT", width: 6, align: "center" },
    { header: "Cụm thi đua", width: 22 },
    ...documents.map((d) => ({ header: d, width: 9, align: "center" as const })),
    { header: "Ngày nộp", width: 11, align: "center" },
    { header: "Hạn nộp", width: 11, align: "center" },
    { header: "Tình trạng", width: 14 },
  ];
  return {
    kind: DOSSIER_KIND,
    fileName: documentFileName(plan, "Tình hình hồ sơ cụm", today),
    orientation: "landscape",
    header: documentHeader(plan, "BC", today),
    title: "BÁO CÁO",
    subtitle: [`Tình hình nộp hồ sơ đăng ký thi đua của các cụm thi đua ${yearText(plan)}`.trim()],
    body: [
      {
        kind: "paragraph",
        indent: true,
        text:
          `Tính đến ngày ${formatCivil(today)}, ${complete}/${plan.clusters.length} cụm thi đua đã nộp đủ năm hồ sơ ` +
          "đúng hạn (kế hoạch thi đua của cụm, quyết định ban hành quy chế, quyết định ban hành tiêu chí thang điểm, " +
          "bản ký kết giao ước thi đua, danh sách đăng ký thi đua); tình hình từng cụm như sau:",
      },
      { kind: "table", columns, rows },
    ],
    signature: signatureOf(plan),
    recipients: ["- Thường trực Hội đồng (để báo cáo);", "- Các cụm thi đua;", FILED],
  };
}
