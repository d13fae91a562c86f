import { cellText } from "../cell";
import { TAB, TASK, TASK_STATE } from "../contract/workbook";
import { compareCivil, daysBetween, formatCivil, parseDateCell } from "../dates";
import { findGrid, toTable } from "../table";
import { cleanText } from "../text/normalize";
import type { DocumentModel, TableColumn, TableRow } from "./model";
import { documentFileName, documentHeader, FILED, signatureOf, upper, yearText } from "./parts";
import { roman } from "./registration-rows";
import type { DocumentSource } from "./source";

export const TIMELINE_KIND = "tien-do";

/** Sections in the order the office reads them: what is late first, what is done last. */
const SECTIONS = [
  { state: TASK_STATE.overdue, label: "Nhiệm vụ quá hạn" },
  { state: TASK_STATE.dueSoon, label: "Nhiệm vụ sắp đến hạn (7 ngày)" },
  { state: "", label: "Nhiệm vụ chưa có hạn hợp lệ" },
  { state: TASK_STATE.notDue, label: "Nhiệm vụ chưa đến hạn" },
  { state: TASK_STATE.done, label: "Nhiệm vụ đã hoàn thành" },
] as const;

const COLUMNS: readonly TableColumn[] = [
  { header: "STT", width: 5, align: "center" },
  { header: "Nội dung thực hiện", width: 36 },
  { header: "Chỉ đạo, chủ trì", width: 13 },
  { header: "Đơn vị thực hiện", width: 14 },
  { header: "Hạn", width: 11, align: "center" },
  { header: "Ngày hoàn thành", width: 11, align: "center" },
  { header: "Trạng thái", width: 11 },
];

/**
 * `Tiến độ thực hiện kế hoạch`: the tasks of `Tiến độ` with their state as the checks compute
 * it (TD01–TD03, `Trạng thái`), overdue first, each section by deadline.
 */
export function timelineStatus(source: DocumentSource): DocumentModel {
  const { plan } = source.check.index;
  const today = plan.today;
  const grid = findGrid(source.snapshot, TAB.timeline);
  const table = grid ? toTable(grid) : undefined;
  const states = new Map(source.check.tasks.map((s) => [s.row, s.state]));
  const tasks = (table?.rows ?? [])
    .filter((row) => states.has(row.rowNumber))
    .map((row) => {
      const text = (h: string) => cleanText(cellText(table?.get(row, h)));
      const due = parseDateCell(table?.get(row, TASK.deadline));
      const done = parseDateCell(table?.get(row, TASK.done));
      return { row, text, due, done, state: states.get(row.rowNumber) ?? "" };
    })
    .filter((t) => t.text(TASK.content) || t.due.ok || t.state);
  const rows: TableRow[] = [];
  let section = 0;
  for (const s of SECTIONS) {
    const own = tasks
      .filter((t) => t.state === s.state)
      .sort((a, b) => (a.due.ok && b.due.ok ? compareCivil(a.due.date, b.due.date) : 0));
    if (own.length === 0) continue;
    rows.push({ kind: "group", label: `${roman(++section)}. ${upper(s.label)} (${own.length})`, level: 1 });
    for (const t of own) {
      const late =
        s.state === TASK_STATE.overdue && t.due.ok ? ` (${daysBetween(t.due.date, today)} ngày)` : "";
      rows.push({
        kind: "data",
        cells: [
          t.text(TASK.no),
          t.text(TASK.content),
          t.text(TASK.lead),
          t.text(TASK.executor),
          t.due.ok ? formatCivil(t.due.date) : t.text(TASK.deadline),
          t.done.ok ? formatCivil(t.done.date) : t.text(TASK.done),
          `${s.state || "Chưa có hạn"}${late}`,
        ],
      });
    }
  }
  const count = (state: string) => tasks.filter((t) => t.state === state).length;
  return {
    kind: TIMELINE_KIND,
    fileName: documentFileName(plan, "Tiến độ thực hiện kế hoạch", today),
    orientation: "landscape",
    header: documentHeader(plan, "BC", today),
    title: "BÁO CÁO",
    subtitle: [`Tiến độ thực hiện Kế hoạch công tác thi đua, khen thưởng ${yearText(plan)}`.trim()],
    body: [
      {
        kind: "paragraph",
        indent: true,
        text:
          `Tính đến ngày ${formatCivil(today)}, kế hoạch có ${tasks.length} nhiệm vụ: ${count(TASK_STATE.done)} đã hoàn thành, ` +
          `${count(TASK_STATE.overdue)} quá hạn, ${count(TASK_STATE.dueSoon)} sắp đến hạn, ${count(TASK_STATE.notDue)} chưa đến hạn` +
          `${count("") > 0 ? `, ${count("")} chưa có hạn hợp lệ` : ""}. Cụ thể như sau:`,
      },
      tasks.length > 0
        ? { kind: "table", columns: COLUMNS, rows }
        : { kind: "paragraph", italic: true, text: `Trang '${TAB.timeline}' chưa có nhiệm vụ nào.` },
    ],
    signature: signatureOf(plan),
    recipients: ["- Thường trực Hội đồng (để báo cáo);", "- Các thành viên Hội đồng;", FILED],
  };
}
