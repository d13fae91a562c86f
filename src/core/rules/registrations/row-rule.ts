import type { FindingCode } from "../../findings/catalogue";
import type { PlanIndex } from "../../plan/types";
import { excerpt, quote } from "../../text/quote";
import type { Registration } from "./registration";

/** What a rule says about a row: the column concerned and the Vietnamese message. */
export interface RowIssue {
  readonly column: string;
  readonly message: string;
}

/** One rule of RULES.md over one registration row; its severity is the catalogue's. */
export interface RowRule {
  readonly code: FindingCode;
  check(r: Registration, index: PlanIndex): RowIssue | readonly RowIssue[] | null;
}

/** Who a row registers, as messages name them: "Cá nhân 'Trần Thị Hoa' (Phòng Nội vụ)", "Tập thể 'Phòng Nội vụ'". */
export function subjectLabel(r: Registration): string {
  const unit = excerpt(r.unit?.name ?? r.unitName);
  if (r.subject === "Cá nhân") {
    return r.person
      ? `Cá nhân ${quote(r.person)} (${unit})`
      : `Cá nhân chưa ghi họ và tên ở dòng ${r.row} (${unit})`;
  }
  if (r.subject === "Tập thể") return `Tập thể ${quote(unit)}`;
  return `Dòng ${r.row} (${unit})`;
}
