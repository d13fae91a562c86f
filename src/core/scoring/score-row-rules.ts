import { SCORE } from "../contract/workbook";
import type { FindingCode } from "../findings/catalogue";
import type { Cluster, PlanIndex, Unit } from "../plan/types";
import { quote } from "../text/quote";
import type { Criterion } from "./criteria";

/** A score row as read: the unit and criterion code it names, and what they resolve to. */
export interface ScoreRow {
  readonly rowNumber: number;
  readonly unitText: string;
  readonly codeText: string;
  readonly unit: Unit | undefined;
  /** The unit belongs to this tab's cluster. */
  readonly inCluster: boolean;
  readonly criterion: Criterion | undefined;
  /** The row where the same unit × criterion appeared first, if this one repeats it. */
  readonly firstRow: number | undefined;
}

/** Why a score row is not counted: the code, the column and the message. */
export interface RowRefusal {
  readonly code: FindingCode;
  readonly column: string;
  readonly message: string;
}

/**
 * The rules a score row must pass to count, in order: the first that fails says why (DK02 the
 * unit is unknown, DK03 it belongs to another cluster, DI03 the criterion is not the cluster's
 * or the row repeats one). A refused row is flagged, never deleted.
 */
export const SCORE_ROW_RULES: readonly ((
  r: ScoreRow,
  cluster: Cluster,
  index: PlanIndex,
) => RowRefusal | null)[] = [
  (r, _c, index) => {
    if (r.unit) return null;
    const hint = r.unitText ? index.suggestUnit(r.unitText) : undefined;
    return {
      code: "DK02",
      column: SCORE.unit,
      message: r.unitText
        ? `Đơn vị ${quote(r.unitText)} không có trong trang Đơn vị${hint ? ` — có phải ${quote(hint)}?` : " (đã bị xóa hoặc đổi tên?)"}: dòng điểm này không được tính.`
        : "Dòng điểm không ghi 'Đơn vị': dòng này không được tính.",
    };
  },
  (r, cluster) =>
    r.inCluster
      ? null
      : {
          code: "DK03",
          column: SCORE.unit,
          message: `Đơn vị ${quote(r.unit?.name ?? "")} thuộc cụm ${r.unit?.clusterId}, không thuộc cụm ${cluster.id}: dòng điểm này không được tính.`,
        },
  (r, cluster) =>
    r.criterion
      ? null
      : {
          code: "DI03",
          column: SCORE.criterion,
          message: `Mã tiêu chí ${quote(r.codeText)} không phải tiêu chí của cụm ${cluster.id} trong trang Tiêu chí (đã bị xóa hoặc sửa mã?): dòng điểm này không được tính.`,
        },
  (r) =>
    r.firstRow === undefined
      ? null
      : {
          code: "DI03",
          column: SCORE.criterion,
          message: `Tiêu chí ${quote(r.criterion?.code ?? "")} của đơn vị ${quote(r.unit?.name ?? "")} đã có ở dòng ${r.firstRow}: dòng trùng này không được tính.`,
        },
];
