import type { ValidationBuilderArgs } from "./gas-types";

/** String-valued stand-in of `SpreadsheetApp.DataValidationCriteria` (only the values used here). */
export const DataValidationCriteria = {
  VALUE_IN_LIST: "VALUE_IN_LIST",
  VALUE_IN_RANGE: "VALUE_IN_RANGE",
  NUMBER_BETWEEN: "NUMBER_BETWEEN",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  CHECKBOX: "CHECKBOX",
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
  TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL",
} as const;

export type CriteriaType = (typeof DataValidationCriteria)[keyof typeof DataValidationCriteria];

/** A built rule. Value object: not counted in the call log. */
export class FakeDataValidation {
  constructor(
    private readonly criteria: CriteriaType,
    private readonly values: readonly unknown[],
    private readonly allowInvalid: boolean,
    private readonly helpText: string,
  ) {}

  getCriteriaType(): CriteriaType {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.criteria, [...this.values], this.allowInvalid, this.helpText);
  }
}

/** `SpreadsheetApp.newDataValidation()`. Builder: not counted in the call log. */
export class FakeDataValidationBuilder {
  constructor(
    private criteria: CriteriaType | undefined = undefined,
    private values: unknown[] = [],
    private allowInvalid = true,
    private helpText = "",
  ) {}

  private set(criteria: CriteriaType, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }

  requireValueInList(...[values, showDropdown = true]: ValidationBuilderArgs<"requireValueInList">): this {
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }
  requireValueInRange(...[range, showDropdown = true]: ValidationBuilderArgs<"requireValueInRange">): this {
    return this.set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireNumberBetween(...[start, end]: ValidationBuilderArgs<"requireNumberBetween">): this {
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireDate(): this {
    return this.set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireCheckbox(): this {
    return this.set(DataValidationCriteria.CHECKBOX, []);
  }
  requireFormulaSatisfied(...[formula]: ValidationBuilderArgs<"requireFormulaSatisfied">): this {
    return this.set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  requireTextIsEmail(): this {
    return this.set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  setAllowInvalid(...[allowInvalid]: ValidationBuilderArgs<"setAllowInvalid">): this {
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(...[helpText]: ValidationBuilderArgs<"setHelpText">): this {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria)
      throw new Error("Exception: You must set a criteria before building a data validation.");
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}
