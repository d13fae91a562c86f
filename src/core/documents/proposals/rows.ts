import { cellText } from "../../cell";
import { REG, REQUIREMENT, SUBJECT } from "../../contract/workbook";
import type { Finding } from "../../findings/finding";
import { ratingName } from "../../plan/ratings";
import type { Registration } from "../../rules/registrations/registration";
import { readResult } from "../../year-end";

/** How a proposal row reads in a list: who, their position, what it rests on. */
export interface ProposalLine {
  /** The person, or the unit for a collective. */
  readonly name: string;
  readonly position: string;
  readonly unit: string;
  readonly title: string;
  /** `Hoàn thành xuất sắc nhiệm vụ`, or ''. */
  readonly rating: string;
  /** "Sáng kiến: … (QĐ công nhận số …)" or "Mô hình: …", or ''. */
  readonly basis: string;
}

const isCollective = (r: Registration) => r.subject === SUBJECT.collective || (!r.subject && !r.person);

/** One registration as the proposal documents show it. */
export function proposalLine(r: Registration): ProposalLine {
  const unit = r.unit?.name ?? r.unitName;
  const rating = readResult(r).rating;
  const decision = r.result.initiativeDecision;
  const kind = r.title?.requirement === REQUIREMENT.model ? REQUIREMENT.model : REQUIREMENT.initiative;
  const basis = r.initiative
    ? `${kind}: ${r.initiative}${decision ? ` (QĐ công nhận số ${decision})` : ""}`
    : decision
      ? `QĐ công nhận sáng kiến số ${decision}`
      : "";
  return {
    name: isCollective(r) ? unit : r.person,
    position: isCollective(r) ? "" : cellText(r.raw[REG.position]).trim(),
    unit,
    title: r.title?.name ?? r.titleText,
    rating: rating ? ratingName(rating) : "",
    basis,
  };
}

/** The reasons a `Đạt` row is not proposed, one `CODE: message` per line. */
export const reasonsText = (reasons: readonly Finding[]): string =>
  reasons.map((f) => `${f.code}: ${f.message}`).join("\n");

/** "I. CẤP QUYẾT ĐỊNH: THÀNH PHỐ" — a deciding level as a group heading ('' has none). */
export const levelHeading = (level: string): string =>
  level ? `Cấp quyết định: ${level}` : "Chưa ghi cấp quyết định";
