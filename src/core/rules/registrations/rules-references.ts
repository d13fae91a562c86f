import { REG, REQUIREMENT } from "../../contract/workbook";
import { quote } from "../../text/quote";
import type { RowRule } from "./row-rule";

/** DK02, DK03, DK06 (the unit) and DK07–DK10 (the title and what it requires): the row against the plan. */
export const REFERENCE_RULES: readonly RowRule[] = [
  {
    code: "DK02",
    check: (r, index) => {
      if (!r.unitName || r.unit) return null;
      const hint = index.suggestUnit(r.unitName);
      return {
        column: REG.unit,
        message: `Đơn vị ${quote(r.unitName)} không có trong bảng Đơn vị${hint ? ` — có phải ${quote(hint)}?` : ". Hãy chọn đơn vị trong danh sách hoặc nhờ Phòng Nội vụ thêm vào bảng Đơn vị."}`,
      };
    },
  },
  {
    code: "DK03",
    check: (r, index) =>
      r.unit && index.cluster(r.unit.clusterId)?.key !== r.cluster.key
        ? {
            column: REG.unit,
            message: `Đơn vị ${quote(r.unit.name)} thuộc cụm ${r.unit.clusterId}, không thuộc cụm ${r.cluster.id}. Hãy đăng ký ở trang 'Cụm ${r.unit.clusterId}'.`,
          }
        : null,
  },
  {
    code: "DK06",
    check: (r) =>
      r.unit && r.cluster.unitTypes.length > 0 && !r.cluster.unitTypes.includes(r.unit.typeKey)
        ? {
            column: REG.unit,
            message: `Cụm ${r.cluster.id} chỉ nhận đăng ký của: ${r.cluster.unitTypeLabels.join(", ")}; đơn vị ${quote(r.unit.name)} là ${quote(r.unit.type || "(chưa ghi loại)")}.`,
          }
        : null,
  },
  {
    code: "DK07",
    check: (r, index) => {
      if (!r.titleText || r.title) return null;
      const hint = index.suggestTitle(r.titleText);
      return {
        column: REG.title,
        message: `Danh hiệu ${quote(r.titleText)} không có trong bảng Danh hiệu${hint ? ` — có phải ${quote(hint)}?` : ". Hãy chọn trong danh sách."}`,
      };
    },
  },
  {
    code: "DK08",
    check: (r) =>
      r.title && r.subject && r.title.subject !== r.subject
        ? {
            column: REG.title,
            message: `${quote(r.title.name)} là danh hiệu dành cho ${r.title.subject.toLowerCase()}, nhưng dòng này đăng ký cho ${r.subject.toLowerCase()}.`,
          }
        : null,
  },
  {
    code: "DK09",
    check: (r) =>
      requires(r) === REQUIREMENT.initiative
        ? {
            column: REG.initiative,
            message: `Đăng ký ${quote(r.title?.name)} phải ghi tên sáng kiến ở cột '${REG.initiative}'.`,
          }
        : null,
  },
  {
    code: "DK10",
    check: (r) =>
      requires(r) === REQUIREMENT.model
        ? {
            column: REG.initiative,
            message: `Đăng ký ${quote(r.title?.name)} phải ghi tên mô hình sẽ xây dựng ở cột '${REG.initiative}'.`,
          }
        : null,
  },
];

/** The initiative or model a row still lacks: the title's requirement, when it applies to the unit's type. */
function requires(r: Parameters<RowRule["check"]>[0]): string | null {
  if (!r.title?.requirement || r.initiative) return null;
  const applies =
    r.title.requirementFor.length === 0 ||
    (r.unit !== undefined && r.title.requirementFor.includes(r.unit.typeKey));
  return applies ? r.title.requirement : null;
}
