import { SUBJECT } from "../contract/workbook";
import { formatCivil } from "../dates";
import type { Registration } from "../rules/registrations/registration";
import type { Block, DocumentModel, TableColumn, TableRow } from "./model";
import { documentFileName, documentHeader, FILED, signatureOf, yearText } from "./parts";
import { groupedRows, positionOf, tally } from "./registration-rows";
import { atLevel, type DocumentSource, type NotCounted, splitRegistrations } from "./source";

export const REGISTRATION_LIST_KIND = "danh-sach-dang-ky";

const COLUMNS: readonly TableColumn[] = [
  { header: "STT", width: 8, align: "center" },
  { header: "Tên tập thể / Họ và tên", width: 24 },
  { header: "Chức vụ", width: 16 },
  { header: "Danh hiệu, hình thức khen thưởng đăng ký", width: 24 },
  { header: "Tên mô hình, sáng kiến", width: 28 },
];

const APART: readonly TableColumn[] = [
  { header: "STT", width: 8, align: "center" },
  { header: "Trang, dòng", width: 11 },
  { header: "Đơn vị", width: 16 },
  { header: "Tập thể / Họ và tên", width: 15 },
  { header: "Danh hiệu đăng ký", width: 15 },
  { header: "Lý do không được tính", width: 35 },
];

/**
 * `Danh sách đăng ký thi đua` (DOCUMENTS.md): the counted registrations grouped cluster → unit,
 * collectives first, then individuals by given name; then, apart, the rows that do not count,
 * each with its reasons (the checks' error messages). With `level`, only titles of that
 * `Cấp quyết định` (the town's list for the City holds only `Thành phố` titles).
 */
export function registrationList(source: DocumentSource, level: string | null = null): DocumentModel {
  const { index } = source.check;
  const plan = index.plan;
  const today = plan.today;
  const split = splitRegistrations(source.check);
  const counted = split.counted.filter((r) => atLevel(r.title, level));
  const apart = split.notCounted.filter((n) => atLevel(n.registration.title, level));
  const t = tally(counted);
  const deadline = plan.deadline ? ` (hạn đăng ký: ${formatCivil(plan.deadline)})` : "";
  const body: Block[] = [
    {
      kind: "paragraph",
      indent: true,
      text:
        `Căn cứ kết quả kiểm tra đăng ký thi đua đến ngày ${formatCivil(today)}${deadline}, ` +
        `${plan.organisation || "Hội đồng"} tổng hợp danh sách các tập thể, cá nhân đăng ký đúng hạn, hợp lệ như sau:`,
    },
    counted.length > 0
      ? { kind: "table", columns: COLUMNS, rows: groupedRows(counted, index, listCells) }
      : { kind: "paragraph", text: "Không có đăng ký nào được tính.", italic: true },
    {
      kind: "paragraph",
      indent: true,
      text: `Tổng cộng: ${t.collectives} tập thể và ${t.individuals} cá nhân của ${t.units} đơn vị.`,
    },
  ];
  if (apart.length > 0) {
    body.push(
      { kind: "paragraph", bold: true, text: `Các đăng ký không được tính (${apart.length}):` },
      { kind: "table", columns: APART, rows: apart.map(apartRow) },
    );
  }
  const name = level ? `Danh sách đăng ký thi đua - cấp ${level}` : "Danh sách đăng ký thi đua";
  return {
    kind: REGISTRATION_LIST_KIND,
    fileName: documentFileName(plan, name, today),
    orientation: "portrait",
    header: documentHeader(plan, "DS", today),
    title: "DANH SÁCH",
    subtitle: [
      `Đăng ký thi đua ${yearText(plan)} của các cụm thi đua`.replace(/\s+/g, " "),
      ...(level ? [`(danh hiệu thi đua, hình thức khen thưởng cấp ${level})`] : []),
    ],
    body,
    signature: signatureOf(plan),
    recipients: level
      ? [`- Hội đồng Thi đua – Khen thưởng ${level} (để báo cáo);`, "- Thường trực Hội đồng;", FILED]
      : ["- Thường trực Hội đồng (để báo cáo);", "- Các cụm thi đua;", FILED],
  };
}

function listCells(r: Registration, n: number): string[] {
  const individual = r.subject === SUBJECT.individual;
  return [
    String(n),
    individual ? r.person : (r.unit?.name ?? r.unitName),
    individual ? positionOf(r) : "",
    r.title?.name ?? r.titleText,
    r.initiative,
  ];
}

function apartRow({ registration: r, reasons }: NotCounted, i: number): TableRow {
  return {
    kind: "data",
    cells: [
      String(i + 1),
      `${r.sheet}, dòng ${r.row}`,
      r.unitName,
      r.person || (r.subjectText === SUBJECT.collective ? "Tập thể" : ""),
      r.titleText,
      reasons.map((f) => `${f.code}: ${f.message}`).join("\n"),
    ],
  };
}
