import { REG } from "../contract/workbook";
import { quote } from "../text/quote";
import type { Requirement, TitleOption } from "./types";

/**
 * What a title requires of a unit of type `unitTypeKey`: an initiative, a
 * model, or nothing. The requirement applies to every unit unless the title
 * names the unit types it applies to (Cờ thi đua Thành phố: Xã, Phường).
 * Mirrors DK09/DK10 of the rule engine.
 */
export function requirementFor(
  title: Pick<TitleOption, "requirement" | "requirementFor">,
  unitTypeKey: string,
): Requirement | null {
  if (!title.requirement) return null;
  if (title.requirementFor.length === 0) return title.requirement;
  return title.requirementFor.includes(unitTypeKey) ? title.requirement : null;
}

const INITIATIVE_COLUMN = REG.initiative;

/** The DK09/DK10 message, word for word as the status column shows it. */
export function requirementMessage(titleName: string, requirement: Requirement): string {
  return requirement === "Sáng kiến"
    ? `Đăng ký ${quote(titleName)} phải ghi tên sáng kiến ở cột '${INITIATIVE_COLUMN}'.`
    : `Đăng ký ${quote(titleName)} phải ghi tên mô hình sẽ xây dựng ở cột '${INITIATIVE_COLUMN}'.`;
}

export const requirementCode = (requirement: Requirement): "DK09" | "DK10" =>
  requirement === "Sáng kiến" ? "DK09" : "DK10";

/** The DK01 message for a blank required field, word for word as the status column shows it. */
export function blankMessage(column: string): string {
  return `Ô '${column}' đang trống. Hãy điền ${column === REG.person ? "họ và tên cá nhân đăng ký" : `'${column}'`}.`;
}

/** The label of the initiative/model field for a requirement. */
export const requirementLabel = (requirement: Requirement): string =>
  requirement === "Sáng kiến" ? "Tên sáng kiến" : "Tên mô hình";
