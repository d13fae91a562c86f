import { SUBJECT } from "../../contract/workbook";
import type { Plan } from "../../plan/types";
import type { ProposalList } from "../../year-end";
import type { DocumentModel, TableRow } from "../model";
import { documentFileName, draftHeader, roman, signatureOf } from "./header";
import { levelHeading, proposalLine, reasonsText } from "./rows";

/** The name of the document and of its menu item (DOCUMENTS.md). */
const PROPOSAL_LIST_NAME = "Danh sách đề nghị khen thưởng";

const COLUMNS = [
  { header: "STT", width: 8, align: "center" as const },
  { header: "Tập thể, cá nhân", width: 34 },
  { header: "Chức vụ", width: 20 },
  { header: "Sáng kiến, mô hình; xếp loại", width: 38 },
];
const APART = [
  { header: "STT", width: 8, align: "center" as const },
  { header: "Tập thể, cá nhân", width: 22 },
  { header: "Đơn vị", width: 22 },
  { header: "Danh hiệu, hình thức", width: 20 },
  { header: "Lý do", width: 40 },
];

/** The proposed rows: level (I, II) → title (1, 2) → unit for individuals, numbered within a title. */
function proposedRows(list: ProposalList): TableRow[] {
  const rows: TableRow[] = [];
  list.levels.forEach((level, i) => {
    rows.push({
      kind: "group",
      level: 1,
      label: `${roman(i + 1)}. ${levelHeading(level.level).toUpperCase()} (${level.count})`,
    });
    level.titles.forEach((t, j) => {
      rows.push({ kind: "group", level: 2, label: `${j + 1}. ${t.title.name} (${t.count})` });
      let n = 0;
      for (const unit of t.units) {
        if (t.title.subject === SUBJECT.individual)
          rows.push({ kind: "group", level: 3, label: unit.unitName });
        for (const r of unit.rows) {
          const line = proposalLine(r);
          const note = [line.basis, line.rating].filter(Boolean).join("; ");
          rows.push({ kind: "data", cells: [String(++n), line.name, line.position, note] });
        }
      }
    });
  });
  return rows;
}

/**
 * `Danh sách đề nghị khen thưởng` as a document model: the proposed rows grouped by
 * `Cấp quyết định` → title → unit, collectives first, then the `Đạt` rows not proposed, each with
 * its KT reasons. A draft for signature: number and date left for the clerk.
 */
export function proposalListDocument(list: ProposalList, plan: Plan, now: Date): DocumentModel {
  const body: DocumentModel["body"][number][] = [
    { kind: "table", columns: COLUMNS, rows: proposedRows(list) },
    {
      kind: "paragraph",
      text: `Tổng cộng: ${list.total} tập thể, cá nhân được đề nghị khen thưởng.`,
      italic: true,
      size: "small",
    },
  ];
  if (list.notProposed.length > 0) {
    body.push(
      {
        kind: "paragraph",
        text: `CÁC TRƯỜNG HỢP ĐẠT NHƯNG KHÔNG ĐỀ NGHỊ (${list.notProposed.length})`,
        bold: true,
      },
      {
        kind: "table",
        columns: APART,
        rows: list.notProposed.map(({ registration, reasons }, i) => {
          const line = proposalLine(registration);
          return {
            kind: "data",
            cells: [String(i + 1), line.name, line.unit, line.title, reasonsText(reasons)],
          };
        }),
      },
    );
  }
  return {
    kind: "danh-sach-de-nghi-khen-thuong",
    fileName: documentFileName(list.year, PROPOSAL_LIST_NAME, now),
    orientation: "portrait",
    header: draftHeader(plan, list.year, "DS-HĐTĐKT"),
    title: "DANH SÁCH",
    subtitle: [`Đề nghị khen thưởng năm ${list.year}`, "(Kèm theo Tờ trình số …/TTr-HĐTĐKT)"],
    body,
    signature: signatureOf(plan),
    recipients: ["- Lưu: VT, NV."],
  };
}
