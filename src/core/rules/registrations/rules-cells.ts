import { REG, SUBJECT } from "../../contract/workbook";
import { formatCivil, isOnTime } from "../../dates";
import { quote } from "../../text/quote";
import type { RowIssue, RowRule } from "./row-rule";

const blank = (column: string): RowIssue => ({
  column,
  message: `Ô '${column}' đang trống. Hãy điền ${column === REG.person ? "họ và tên cá nhân đăng ký" : `'${column}'`}.`,
});

/** DK01, DK04, DK05, DK11, DK12: the cells of the row on their own. */
export const CELL_RULES: readonly RowRule[] = [
  {
    code: "DK01",
    check: (r) => [
      ...(r.unitName ? [] : [blank(REG.unit)]),
      ...(r.subjectText ? [] : [blank(REG.subject)]),
      ...(r.titleText ? [] : [blank(REG.title)]),
      ...(r.subject === SUBJECT.individual && !r.person ? [blank(REG.person)] : []),
    ],
  },
  {
    code: "DK04",
    check: (r) =>
      r.subjectText && !r.subject
        ? {
            column: REG.subject,
            message: `'${REG.subject}' là ${quote(r.subjectText)}: chỉ được là '${SUBJECT.collective}' hoặc '${SUBJECT.individual}'.`,
          }
        : null,
  },
  {
    code: "DK05",
    check: (r) =>
      r.subject === SUBJECT.individual && r.cluster.collectiveOnly
        ? {
            column: REG.subject,
            message: `Cụm ${r.cluster.id} chỉ đăng ký danh hiệu tập thể: không đăng ký cá nhân${r.person ? ` ${quote(r.person)}` : ""} ở cụm này.`,
          }
        : null,
  },
  {
    code: "DK11",
    check: (r, index) => {
      if (r.date.ok) return null;
      const message =
        r.date.reason === "blank"
          ? `Chưa có '${REG.date}'. Hãy nhập ngày dạng dd/mm/yyyy.`
          : `'${REG.date}' không phải ngày hợp lệ: ${quote(r.raw[REG.date])}. Hãy nhập dạng dd/mm/yyyy, ví dụ 15/02/${index.plan.year ?? 2020}.`;
      return { column: REG.date, message };
    },
  },
  {
    code: "DK12",
    check: (r, index) => {
      const deadline = index.deadlineOf(r.cluster);
      if (!r.date.ok || !deadline || isOnTime(r.date.date, deadline)) return null;
      return {
        column: REG.date,
        message: `Đăng ký ngày ${formatCivil(r.date.date)}, sau hạn ${formatCivil(deadline)} của cụm ${r.cluster.id}: theo kế hoạch, đăng ký này không được xét khen thưởng cuối năm.`,
      };
    },
  },
];
