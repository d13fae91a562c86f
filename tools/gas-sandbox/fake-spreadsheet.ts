import { type GridRect, parseA1, splitSheetName } from "./a1-notation";
import { type GasEnv, gasError } from "./env";
import { FakeRange } from "./fake-range";
import { FakeSheet } from "./fake-sheet";
import type { SpreadsheetArgs } from "./gas-types";
import type { FakeProtection } from "./protection";
import { SpreadsheetProtections } from "./spreadsheet-protections";
import { sameWallClock } from "./time-zone";

export interface Toast {
  msg: string;
  title?: string;
  timeoutSeconds?: number | null;
}

/**
 * In-memory `Spreadsheet`. Recorded toasts are readable in `toasts`; protections live in
 * `SpreadsheetProtections`, owner and editors in `SpreadsheetSharing`.
 */
export class FakeSpreadsheet extends SpreadsheetProtections {
  private readonly sheets: FakeSheet[] = [];
  private activeSheet: FakeSheet | undefined;
  private activeRange: FakeRange | undefined;
  readonly toasts: Toast[] = [];
  /** Makes `copy(name)`: set by the services, which file the copy in Drive. */
  _copier: ((source: FakeSpreadsheet, name: string) => FakeSpreadsheet) | undefined;

  constructor(
    env: GasEnv,
    private name = "Sổ thi đua",
    private readonly id = `fake-spreadsheet-${env.nextId()}`,
  ) {
    super(env);
  }

  _newRange(sheet: FakeSheet, rect: GridRect): FakeRange {
    return this._env.calls.track(new FakeRange(this._env, sheet, rect), "Range");
  }
  _checkNewName(name: string, except?: FakeSheet): void {
    const taken = this.sheets.some((s) => s !== except && s.getName().toLowerCase() === name.toLowerCase());
    if (taken)
      throw gasError(this._env, `A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  _indexOf(sheet: FakeSheet): number {
    return this.sheets.findIndex((s) => s.getSheetId() === sheet.getSheetId());
  }
  _setActive(sheet: FakeSheet, range?: FakeRange): void {
    this.activeSheet = sheet;
    this.activeRange = range;
  }
  /**
   * Adds a tab without counting (used by the builder helper and the file readers). `sheetId`
   * restores the id a tab had (kept in a saved file): Google never changes a tab's id, and
   * `#gid=` links depend on it. An id already taken, or not a positive integer, gets a new one.
   */
  _addSheet(name: string, index = this.sheets.length, sheetId?: number): FakeSheet {
    this._checkNewName(name);
    const free =
      sheetId !== undefined &&
      Number.isSafeInteger(sheetId) &&
      sheetId > 0 &&
      !this.sheets.some((s) => s.getSheetId() === sheetId);
    if (free) this._env.claimId(sheetId);
    const id = free ? sheetId : this._env.nextId();
    const sheet = this._env.calls.track(new FakeSheet(this._env, this, name, id), "Sheet");
    this.sheets.splice(index, 0, sheet);
    this._env.changes.bump();
    return sheet;
  }

  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getName(): string {
    return this.name;
  }
  rename(...[newName]: SpreadsheetArgs<"rename">): void {
    this.name = newName;
    this._env.changes.bump();
  }
  /** A copy with every tab, filed next to this one (see `copySpreadsheet`). */
  copy(...[name]: SpreadsheetArgs<"copy">): FakeSpreadsheet {
    if (!this._copier)
      throw new Error("gas-sandbox: this spreadsheet was made without Drive (use createServices)");
    return this._copier(this, name);
  }
  getSpreadsheetTimeZone(): string {
    return this._env.spreadsheetTimeZone;
  }
  /**
   * Sheets stores a date as a serial number of days in the spreadsheet's zone: a new zone keeps
   * every date cell as it shows, and getValues() then returns other instants.
   */
  setSpreadsheetTimeZone(...[timezone]: SpreadsheetArgs<"setSpreadsheetTimeZone">): void {
    const from = this._env.spreadsheetTimeZone;
    if (from !== timezone) {
      for (const sheet of this.sheets) {
        sheet._grid.mapDates((d) => new Date(sameWallClock(d.getTime(), from, timezone)));
      }
    }
    this._env.spreadsheetTimeZone = timezone;
    this._env.changes.bump();
  }
  getSheets(): FakeSheet[] {
    return this._env.realm.Array.from(this.sheets);
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(...[name]: SpreadsheetArgs<"getSheetByName">): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getSheetById(...[id]: SpreadsheetArgs<"getSheetById">): FakeSheet | null {
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }
  insertSheet(...args: SpreadsheetArgs<"insertSheet">): FakeSheet {
    const name = typeof args[0] === "string" ? args[0] : undefined;
    const index = (args as unknown[]).find((a): a is number => typeof a === "number");
    let sheetName = name;
    for (let n = this.sheets.length + 1; !sheetName; n++) {
      const candidate = `Trang tính${n}`;
      if (!this.getSheetByName(candidate)) sheetName = candidate;
    }
    const sheet = this._addSheet(sheetName, index ?? this.sheets.length);
    this.activeSheet = sheet;
    return sheet;
  }
  deleteSheet(...[sheet]: SpreadsheetArgs<"deleteSheet">): void {
    const i = this._indexOf(sheet as unknown as FakeSheet);
    if (i < 0) throw gasError(this._env, "Sheet not found");
    if (this.sheets.length === 1) throw gasError(this._env, "You can't remove all the sheets in a document.");
    const [removed] = this.sheets.splice(i, 1);
    this._env.changes.bump();
    for (const p of this._sheetProtections(removed)) this._removeProtection(p);
    if (this.activeSheet === removed) this.activeSheet = this.sheets[0];
  }
  getActiveSheet(): FakeSheet {
    const sheet = this.activeSheet ?? this.sheets[0];
    if (!sheet) throw gasError(this._env, "The spreadsheet has no sheets.");
    return sheet;
  }
  setActiveSheet(...[sheet]: SpreadsheetArgs<"setActiveSheet">): FakeSheet {
    this._setActive(sheet as unknown as FakeSheet);
    return sheet as unknown as FakeSheet;
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange ?? null;
  }
  setActiveRange(...[range]: SpreadsheetArgs<"setActiveRange">): FakeRange {
    const r = range as unknown as FakeRange;
    this._setActive(r.getSheet(), r);
    return r;
  }
  moveActiveSheet(...[pos]: SpreadsheetArgs<"moveActiveSheet">): void {
    const sheet = this.getActiveSheet();
    this.sheets.splice(this._indexOf(sheet), 1);
    this.sheets.splice(pos - 1, 0, sheet);
    this._env.changes.bump();
  }
  getRange(...[a1Notation]: SpreadsheetArgs<"getRange">): FakeRange {
    const { sheetName, range } = splitSheetName(a1Notation);
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(sheetName);
    const rect = sheet ? parseA1(range, sheet.getMaxRows(), sheet.getMaxColumns()) : undefined;
    if (!sheet || !rect) throw gasError(this._env, "Range not found");
    return sheet._range(rect);
  }
  getProtections(...[type]: SpreadsheetArgs<"getProtections">): FakeProtection[] {
    return this._env.realm.Array.from(this._protections(String(type)));
  }
  toast(...[msg, title, timeoutSeconds]: SpreadsheetArgs<"toast">): void {
    this.toasts.push({ msg, title, timeoutSeconds });
  }
}
