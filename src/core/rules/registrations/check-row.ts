import { REG, REQUIREMENT, SUBJECT } from "../../contract/workbook";
import { formatCivil, isOnTime } from "../../dates";
import type { FindingCode } from "../../findings/catalogue";
import type { Finding } from "../../findings/finding";
import { error } from "../../findings/make";
import type { PlanIndex } from "../../plan/types";
import { checkText } from "./check-text";
import type { Registration } from "./registration";

/** DK01–DK12 and the text checks (DK16, DK17) of one registration row. */
export function checkRow(r: Registration, index: PlanIndex): Finding[] {
  const out: Finding[] = [];
  const at = (column: string) => ({
    sheet: r.sheet,
    row: r.row,
    column,
    ...(r.unitName ? { unit: r.unit?.name ?? r.unitName } : {}),
  });
  const add = (code: FindingCode, column: string, message: string) =>
    out.push(error(code, at(column), message));

  // DK01: required cells.
  const blanks = [
    [REG.unit, r.unitName],
    [REG.subject, r.subjectText],
    [REG.title, r.titleText],
  ].filter(([, v]) => !v);
  if (r.subject === SUBJECT.individual && !r.person) blanks.push([REG.person, ""]);
  for (const [column] of blanks) {
    add(
      "DK01",
      column as string,
      `Ô '${column}' đang trống. Hãy điền ${column === REG.person ? "họ và tên cá nhân đăng ký" : `'${column}'`}.`,
    );
  }

  // DK02, DK03, DK06: the unit.
  if (r.unitName && !r.unit) {
    const hint = index.suggestUnit(r.unitName);
    add(
      "DK02",
      REG.unit,
      `Đơn vị '${r.unitName}' không có trong bảng Đơn vị${hint ? ` — có phải '${hint}'?` : ". Hãy chọn đơn vị trong danh sách hoặc nhờ Phòng Nội vụ thêm vào bảng Đơn vị."}`,
    );
  }
  if (r.unit && index.cluster(r.unit.clusterId)?.key !== r.cluster.key) {
    add(
      "DK03",
      REG.unit,
      `Đơn vị '${r.unit.name}' thuộc cụm ${r.unit.clusterId}, không thuộc cụm ${r.cluster.id}. Hãy đăng ký ở trang 'Cụm ${r.unit.clusterId}'.`,
    );
  }
  if (r.unit && r.cluster.unitTypes.length > 0 && !r.cluster.unitTypes.includes(r.unit.typeKey)) {
    add(
      "DK06",
      REG.unit,
      `Cụm ${r.cluster.id} chỉ nhận đăng ký của: ${r.cluster.unitTypeLabels.join(", ")}; đơn vị '${r.unit.name}' là '${r.unit.type || "(chưa ghi loại)"}'.`,
    );
  }

  // DK04, DK05: the subject.
  if (r.subjectText && !r.subject) {
    add(
      "DK04",
      REG.subject,
      `'${REG.subject}' là '${r.subjectText}': chỉ được là '${SUBJECT.collective}' hoặc '${SUBJECT.individual}'.`,
    );
  }
  if (r.subject === SUBJECT.individual && r.cluster.collectiveOnly) {
    add(
      "DK05",
      REG.subject,
      `Cụm ${r.cluster.id} chỉ đăng ký danh hiệu tập thể: không đăng ký cá nhân${r.person ? ` '${r.person}'` : ""} ở cụm này.`,
    );
  }

  // DK07–DK10: the title and what it requires.
  if (r.titleText && !r.title) {
    const hint = index.suggestTitle(r.titleText);
    add(
      "DK07",
      REG.title,
      `Danh hiệu '${r.titleText}' không có trong bảng Danh hiệu${hint ? ` — có phải '${hint}'?` : ". Hãy chọn trong danh sách."}`,
    );
  }
  if (r.title && r.subject && r.title.subject !== r.subject) {
    add(
      "DK08",
      REG.title,
      `'${r.title.name}' là danh hiệu dành cho ${r.title.subject.toLowerCase()}, nhưng dòng này đăng ký cho ${r.subject.toLowerCase()}.`,
    );
  }
  if (r.title?.requirement && !r.initiative) {
    const applies =
      r.title.requirementFor.length === 0 ||
      (r.unit !== undefined && r.title.requirementFor.includes(r.unit.typeKey));
    if (applies && r.title.requirement === REQUIREMENT.initiative) {
      add(
        "DK09",
        REG.initiative,
        `Đăng ký '${r.title.name}' phải ghi tên sáng kiến ở cột '${REG.initiative}'.`,
      );
    }
    if (applies && r.title.requirement === REQUIREMENT.model) {
      add(
        "DK10",
        REG.initiative,
        `Đăng ký '${r.title.name}' phải ghi tên mô hình sẽ xây dựng ở cột '${REG.initiative}'.`,
      );
    }
  }

  // DK11, DK12: the date.
  const deadline = index.deadlineOf(r.cluster);
  if (!r.date.ok) {
    add(
      "DK11",
      REG.date,
      r.date.reason === "blank"
        ? `Chưa có '${REG.date}'. Hãy nhập ngày dạng dd/mm/yyyy.`
        : `'${REG.date}' không phải ngày hợp lệ: '${String(r.raw[REG.date])}'. Hãy nhập dạng dd/mm/yyyy, ví dụ 15/02/${index.plan.year ?? 2020}.`,
    );
  } else if (deadline && !isOnTime(r.date.date, deadline)) {
    add(
      "DK12",
      REG.date,
      `Đăng ký ngày ${formatCivil(r.date.date)}, sau hạn ${formatCivil(deadline)} của cụm ${r.cluster.id}: theo kế hoạch, đăng ký này không được xét khen thưởng cuối năm.`,
    );
  }

  out.push(...checkText(r));
  return out;
}
