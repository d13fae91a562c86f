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

export const requirementCode = (requirement: Requirement): "DK09" | "DK10" =>
  requirement === "Sáng kiến" ? "DK09" : "DK10";

/** The label of the initiative/model field for a requirement. */
export const requirementLabel = (requirement: Requirement): string =>
  requirement === "Sáng kiến" ? "Tên sáng kiến" : "Tên mô hình";
