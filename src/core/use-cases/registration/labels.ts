import { REG } from "../../contract/workbook";
import type { RowFinding } from "../../registration-form/types";

/** The form's label of each column the sidebar fills: messages name the field, not the column. */
const FIELD_LABELS: Record<string, string> = {
  [REG.unit]: "Đơn vị",
  [REG.subject]: "Đối tượng",
  [REG.person]: "Họ và tên",
  [REG.position]: "Chức vụ",
  [REG.title]: "Danh hiệu",
  [REG.initiative]: "Tên sáng kiến / mô hình",
  [REG.date]: "Ngày đăng ký",
};

/** A finding's message as the form says it: `cột 'X'` / `Ô 'X'` become the field's label. */
function formMessage(message: string): string {
  return message
    .replace(/cột '([^']+)'/g, (m, h: string) => (FIELD_LABELS[h] ? `ô '${FIELD_LABELS[h]}'` : m))
    .replace(/^Ô '([^']+)'/, (m, h: string) => (FIELD_LABELS[h] ? `Ô '${FIELD_LABELS[h]}'` : m));
}

/** "Tập thể" or "Cá nhân 2 – Trần Thị Hoa": who a row of the form (or of the sheet) is. */
export function entryLabel(person: string, individualNo: number | null): string {
  if (individualNo === null) return "Tập thể";
  return person ? `Cá nhân ${individualNo} – ${person}` : `Cá nhân ${individualNo}`;
}

/** One line per finding, naming the entry and the field: "Cá nhân 2 – Trần Thị Hoa · Danh hiệu: …". */
export function findingLine(label: string, f: Pick<RowFinding, "code" | "column" | "message">): string {
  const field = FIELD_LABELS[f.column];
  return `${label}${field ? ` · ${field}` : ""}: ${formMessage(f.message)} (${f.code})`;
}
