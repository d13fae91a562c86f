import type { GridRect } from "./a1-notation";
import type { GasEnv } from "./env";
import type { FakeRange } from "./fake-range";
import type { FakeSheet } from "./fake-sheet";
import type { ProtectionArgs } from "./gas-types";

/** String-valued stand-in of `SpreadsheetApp.ProtectionType`. */
export const ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;

type Emails = string[] | { getEmail(): string }[];

function emailsOf(users: Emails): string[] {
  return users.map((u) => (typeof u === "string" ? u : u.getEmail()));
}

const within = (inner: GridRect, outer: GridRect): boolean =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.numRows <= outer.row + outer.numRows &&
  inner.column + inner.numColumns <= outer.column + outer.numColumns;

const overlaps = (a: GridRect, b: GridRect): boolean =>
  a.row < b.row + b.numRows &&
  b.row < a.row + a.numRows &&
  a.column < b.column + b.numColumns &&
  b.column < a.column + a.numColumns;

/**
 * A sheet or range protection. The owner and the listed editors may edit; others get
 * Apps Script's "protected cell" exception on writes (menus run as the user at the keyboard).
 */
export class FakeProtection {
  private description = "";
  private warningOnly = false;
  private readonly editors: Set<string>;
  private unprotected: FakeRange[] = [];
  removed = false;

  constructor(
    private readonly env: GasEnv,
    readonly _sheet: FakeSheet,
    readonly _rect: GridRect | undefined,
  ) {
    this.editors = new Set([env.owner, env.user]);
  }

  getProtectionType(): string {
    return this._rect ? ProtectionType.RANGE : ProtectionType.SHEET;
  }
  setDescription(...[description]: ProtectionArgs<"setDescription">): this {
    this.description = description;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  addEditor(...[user]: ProtectionArgs<"addEditor">): this {
    for (const e of emailsOf([user] as Emails)) this.editors.add(e);
    return this;
  }
  addEditors(...[users]: ProtectionArgs<"addEditors">): this {
    for (const e of emailsOf(users)) this.editors.add(e);
    return this;
  }
  removeEditor(...[user]: ProtectionArgs<"removeEditor">): this {
    for (const e of emailsOf([user] as Emails)) if (e !== this.env.owner) this.editors.delete(e);
    return this;
  }
  removeEditors(...[users]: ProtectionArgs<"removeEditors">): this {
    for (const e of emailsOf(users)) if (e !== this.env.owner) this.editors.delete(e);
    return this;
  }
  /** Real Apps Script returns User objects; here `{ getEmail() }`. */
  getEditors(): { getEmail(): string }[] {
    return [...this.editors].map((email) => ({ getEmail: () => email }));
  }
  setWarningOnly(...[warningOnly]: ProtectionArgs<"setWarningOnly">): this {
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setUnprotectedRanges(...[ranges]: ProtectionArgs<"setUnprotectedRanges">): this {
    this.unprotected = ranges as unknown as FakeRange[];
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this.unprotected];
  }
  getRange(): FakeRange {
    return this._rect ? this._sheet._range(this._rect) : this._sheet.getDataRange();
  }
  remove(): void {
    this.removed = true;
    this._sheet.getParent()._removeProtection(this);
  }
  canEdit(): boolean {
    return this.warningOnly || this.env.user === this.env.owner || this.editors.has(this.env.user);
  }

  /** Whether a write to `rect` of this sheet is blocked for the current user. */
  _blocks(rect: GridRect): boolean {
    if (this.canEdit()) return false;
    if (this._rect) return overlaps(this._rect, rect);
    return !this.unprotected.some((r) => within(rect, r._rect));
  }
}
