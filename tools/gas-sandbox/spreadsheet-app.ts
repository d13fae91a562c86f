import { DataValidationCriteria, FakeDataValidationBuilder } from "./data-validation";
import { type GasEnv, gasError } from "./env";
import type { FakeRange } from "./fake-range";
import type { FakeSheet } from "./fake-sheet";
import type { FakeSpreadsheet } from "./fake-spreadsheet";
import type { AppArgs } from "./gas-types";
import { ProtectionType } from "./protection";
import { FakeRichTextValueBuilder } from "./rich-text";
import type { FakeUi } from "./ui";

const BorderStyle = {
  DOTTED: "DOTTED",
  DASHED: "DASHED",
  SOLID: "SOLID",
  SOLID_MEDIUM: "SOLID_MEDIUM",
  SOLID_THICK: "SOLID_THICK",
  DOUBLE: "DOUBLE",
} as const;

const WrapStrategy = { WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" } as const;

/** `SpreadsheetApp` bound to one spreadsheet (the one the add-on is opened in). */
export class FakeSpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  /** `flush()` calls, for tests asserting there is none in a loop. */
  flushes = 0;

  constructor(
    private readonly env: GasEnv,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
    /** Other spreadsheets the user can open (copies made by the script). */
    private readonly find: (id: string) => FakeSpreadsheet | undefined = () => undefined,
  ) {}

  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): FakeRange | null {
    return this.spreadsheet.getActiveRange();
  }
  openById(...[id]: AppArgs<"openById">): FakeSpreadsheet {
    const found = id === this.spreadsheet.getId() ? this.spreadsheet : this.find(id);
    if (!found)
      throw gasError(
        this.env,
        "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
      );
    return found;
  }
  getUi(): FakeUi {
    return this.ui;
  }
  flush(): void {
    this.flushes++;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newRichTextValue(): FakeRichTextValueBuilder {
    return new FakeRichTextValueBuilder();
  }
}
