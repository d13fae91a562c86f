import { UNIT_TYPES } from "../contract/workbook";
import { nameKey } from "../text/name-key";

const KNOWN = new Set(UNIT_TYPES.map(nameKey));

/**
 * Splits a comma list of unit types. A type may itself hold a comma
 * (`Hội, tổ chức xã hội`), so adjacent parts that together name a known type
 * are joined back.
 */
export function splitUnitTypes(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (next !== undefined && !KNOWN.has(nameKey(part)) && KNOWN.has(nameKey(`${part}, ${next}`))) {
      out.push(`${part}, ${next}`);
      i++;
    } else out.push(part);
  }
  return out;
}
