import { DataValidationCriteria, type FakeDataValidation, type FakeRange } from "../gas-sandbox";

/**
 * The dropdowns of a block of cells, as the page offers them: each rule's choices once (a list
 * of values, or the values of a range: distinct, non-blank, in order), and per cell the index
 * of its choices. A rule that hides its dropdown (`showDropdown` false) or is no list has none.
 */
export function dropdownLists(rules: (FakeDataValidation | null)[][]): {
  lists: string[][];
  listOf: (number | null)[][];
} {
  const lists: string[][] = [];
  const seen = new Map<FakeDataValidation, number | null>();
  const indexOf = (rule: FakeDataValidation | null): number | null => {
    if (!rule) return null;
    if (!seen.has(rule)) {
      const choices = choicesOf(rule);
      seen.set(rule, choices ? lists.push(choices) - 1 : null);
    }
    return seen.get(rule) ?? null;
  };
  return { lists, listOf: Array.from(rules, (row) => Array.from(row, indexOf)) };
}

function choicesOf(rule: FakeDataValidation): string[] | null {
  const [source, showDropdown] = rule.getCriteriaValues();
  if (showDropdown === false) return null;
  let values: unknown[];
  if (rule.getCriteriaType() === DataValidationCriteria.VALUE_IN_LIST) values = [...(source as unknown[])];
  else if (rule.getCriteriaType() === DataValidationCriteria.VALUE_IN_RANGE)
    values = (source as FakeRange).getDisplayValues().flat();
  else return null;
  const texts = values.map((v) => String(v ?? "").trim()).filter((v) => v !== "");
  return [...new Set(texts)];
}
