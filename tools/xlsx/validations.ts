import type ExcelJS from "exceljs";
import {
  DataValidationCriteria,
  type FakeDataValidation,
  FakeDataValidationBuilder,
  type FakeRange,
  type FakeSpreadsheet,
} from "../gas-sandbox";

type Builder = FakeDataValidationBuilder;

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** `B2:B1000` → `$B$2:$B$1000`. */
const absolute = (a1: string): string => a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/**
 * A sandbox rule as an Excel data validation, or undefined when Excel has no equivalent
 * (checkbox, e-mail). Lists become inline lists, ranges sheet references.
 */
export function toExcelValidation(rule: FakeDataValidation): ExcelJS.DataValidation | undefined {
  const values = rule.getCriteriaValues();
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.getAllowInvalid(),
    ...(rule.getHelpText() ? { showInputMessage: true, prompt: rule.getHelpText() } : {}),
  };
  switch (rule.getCriteriaType()) {
    case DataValidationCriteria.VALUE_IN_LIST: {
      const items = (values[0] as unknown[]).map((v) => String(v).replace(/"/g, '""'));
      return { type: "list", formulae: [`"${items.join(",")}"`], ...common };
    }
    case DataValidationCriteria.VALUE_IN_RANGE: {
      const range = values[0] as FakeRange;
      const ref = `${quoteSheet(range.getSheet().getName())}!${absolute(range.getA1Notation())}`;
      return { type: "list", formulae: [ref], ...common };
    }
    case DataValidationCriteria.NUMBER_BETWEEN:
      return { type: "decimal", operator: "between", formulae: [values[0], values[1]], ...common };
    case DataValidationCriteria.DATE_IS_VALID_DATE:
      return { type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))], ...common };
    case DataValidationCriteria.CUSTOM_FORMULA:
      return { type: "custom", formulae: [String(values[0]).replace(/^=/, "")], ...common };
    default:
      return undefined;
  }
}

function splitList(formula: string): string[] {
  return formula
    .slice(1, -1)
    .split(",")
    .map((s) => s.replace(/""/g, '"'));
}

/** An Excel data validation as a sandbox rule (undefined when the sandbox has no equivalent). */
export function fromExcelValidation(
  dv: ExcelJS.DataValidation,
  spreadsheet: FakeSpreadsheet,
): FakeDataValidation | undefined {
  let builder: Builder = new FakeDataValidationBuilder();
  const first = dv.formulae?.[0];
  if (dv.type === "list" && typeof first === "string") {
    if (first.startsWith('"')) builder = builder.requireValueInList(splitList(first), true);
    else {
      let range: FakeRange;
      try {
        range = spreadsheet.getRange(first.replace(/\$/g, ""));
      } catch {
        return undefined; // a reference to a tab or name the file does not have
      }
      builder = builder.requireValueInRange(range as unknown as GoogleAppsScript.Spreadsheet.Range, true);
    }
  } else if (dv.type === "decimal" || dv.type === "whole") {
    if (dv.operator !== "between") return undefined;
    builder = builder.requireNumberBetween(Number(dv.formulae[0]), Number(dv.formulae[1]));
  } else if (dv.type === "date") builder = builder.requireDate();
  else if (dv.type === "custom" && typeof first === "string")
    builder = builder.requireFormulaSatisfied(`=${first}`);
  else return undefined;
  builder = builder.setAllowInvalid(!dv.showErrorMessage);
  if (dv.prompt) builder = builder.setHelpText(dv.prompt);
  return builder.build();
}

/** ExcelJS keeps a sheet's validations by cell address; its typings omit the property. */
export interface SheetValidations {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

export const validationsOf = (ws: ExcelJS.Worksheet): SheetValidations =>
  (ws as unknown as { dataValidations: SheetValidations }).dataValidations;
