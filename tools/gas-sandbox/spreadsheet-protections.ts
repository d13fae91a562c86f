import type { GridRect } from "./a1-notation";
import { gasError } from "./env";
import type { FakeSheet } from "./fake-sheet";
import { FakeProtection } from "./protection";
import { SpreadsheetSharing } from "./spreadsheet-sharing";

/** The spreadsheet's protections, and the check every write goes through. */
export class SpreadsheetProtections extends SpreadsheetSharing {
  private readonly protectionList: FakeProtection[] = [];

  _protect(sheet: FakeSheet, rect: GridRect | undefined): FakeProtection {
    if (!rect) {
      const existing = this._protections("SHEET").find((p) => p._sheet.getSheetId() === sheet.getSheetId());
      if (existing) return existing;
    }
    const protection = this._env.calls.track(new FakeProtection(this._env, sheet, rect), "Protection");
    this.protectionList.push(protection);
    return protection;
  }
  _protections(type: string): FakeProtection[] {
    return this.protectionList.filter((p) => p.getProtectionType() === type);
  }
  _removeProtection(protection: FakeProtection): void {
    const i = this.protectionList.indexOf(protection);
    if (i >= 0) this.protectionList.splice(i, 1);
  }
  _assertEditable(sheet: FakeSheet, rect: GridRect): void {
    if (this.protectionList.some((p) => p._sheet.getSheetId() === sheet.getSheetId() && p._blocks(rect))) {
      throw gasError(
        this._env,
        "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
      );
    }
  }
  _sheetProtections(sheet: FakeSheet | undefined): FakeProtection[] {
    return this.protectionList.filter((p) => p._sheet.getSheetId() === sheet?.getSheetId());
  }
}
