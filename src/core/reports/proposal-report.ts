import { roman } from "../documents/proposals/header";
import { levelHeading, proposalLine, reasonsText } from "../documents/proposals/rows";
import type { Plan } from "../plan/types";
import type { Registration } from "../rules/registrations/registration";
import type { ProposalList } from "../year-end";
import { ReportBuilder } from "./report-builder";
import type { ReportCell, RowStyle } from "./report-sheet";

export const PROPOSAL_REPORT = "BC Đề nghị khen thưởng";

const COLUMNS = [
  "STT",
  "Đơn vị",
  "Họ và tên",
  "Chức vụ",
  "Danh hiệu, hình thức khen thưởng",
  "Xếp loại",
  "Ghi chú",
  "Đi tới",
];
const WIDTHS = [45, 230, 180, 130, 260, 190, 520, 110];

const linkTo = (r: Registration): ReportCell => ({
  sheet: r.sheet,
  row: r.row,
  label: `${r.sheet}!${r.row}`,
});

function push(b: ReportBuilder, style: RowStyle, n: number, r: Registration, note: string): void {
  const line = proposalLine(r);
  const person = line.name === line.unit ? "" : line.name;
  b.push(style, n, line.unit, person, line.position, line.title, line.rating, note, linkTo(r));
}

/**
 * `BC Đề nghị khen thưởng`: the proposal list on screen — the proposed rows by `Cấp quyết định`
 * → title → unit (collectives first), then the `Đạt` rows not proposed with their KT reasons, then
 * the rows still without `Kết quả bình xét`; each row links to its registration.
 */
export function proposalReport(list: ProposalList, plan: Plan, madeAt: string) {
  const b = new ReportBuilder(PROPOSAL_REPORT, WIDTHS);
  b.title(`DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${list.year}`);
  b.subtitle(
    `${plan.organisation} · lập lúc ${madeAt} · Đề nghị: ${list.total} · ` +
      `Đạt nhưng không đề nghị: ${list.notProposed.length} · Chưa bình xét: ${list.pending.length}`,
  );
  b.header(COLUMNS, true);
  if (list.levels.length === 0) b.push("plain", "", "Chưa có dòng nào đủ điều kiện đề nghị.");
  list.levels.forEach((level, i) => {
    b.section(`${roman(i + 1)}. ${levelHeading(level.level).toUpperCase()} (${level.count})`);
    level.titles.forEach((t, j) => {
      b.section(`${j + 1}. ${t.title.name} (${t.count})`);
      let n = 0;
      for (const unit of t.units) for (const r of unit.rows) push(b, "plain", ++n, r, proposalLine(r).basis);
    });
  });
  b.section(`ĐẠT NHƯNG KHÔNG ĐƯỢC ĐỀ NGHỊ (${list.notProposed.length})`);
  if (list.notProposed.length === 0) b.push("ok", "", "Không có.");
  list.notProposed.forEach(({ registration, reasons }, i) => {
    push(b, "error", i + 1, registration, reasonsText(reasons));
  });
  b.section(`CHƯA CÓ KẾT QUẢ BÌNH XÉT (${list.pending.length})`);
  if (list.pending.length === 0) b.push("ok", "", "Không có.");
  list.pending.forEach((r, i) => {
    push(b, "info", i + 1, r, "Chưa ghi 'Kết quả bình xét': chưa được đề nghị.");
  });
  return b.build();
}
