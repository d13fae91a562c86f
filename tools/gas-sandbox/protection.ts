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

const domainOf = (email: string): string => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

/**
 * A sheet or range protection, with Google's rules:
 * - until the script changes its editors (add/remove, `setDomainEdit`), it mirrors the
 *   spreadsheet's own permissions: anyone who may edit the spreadsheet may edit the range;
 * - neither the owner nor the current user (`env.user`) can be removed as editors;
 * - a warning-only protection has no editors and blocks nobody (scripts included);
 * - otherwise writes by a user who is not an editor throw the protected-cell exception.
 */
export class FakeProtection {
  private description = "";
  private warningOnly = false;
  private domainEdit = false;
  private mirrorsSpreadsheet = true;
  private readonly editors: Set<string>;
  private unprotected: FakeRange[] = [];
  removed = false;

  constructor(
    private readonly env: GasEnv,
    readonly _sheet: FakeSheet,
    readonly _rect: GridRect | undefined,
  ) {
    this.editors = new Set([env.owner, ..._sheet.getParent()._editorEmails(), env.user]);
  }

  private customise(): void {
    this.mirrorsSpreadsheet = false;
  }
  private keeps(email: string): boolean {
    return email === this.env.owner || email === this.env.user;
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
    return this.addEditors(emailsOf([user] as Emails));
  }
  addEditors(...[users]: ProtectionArgs<"addEditors">): this {
    this.customise();
    for (const e of emailsOf(users)) this.editors.add(e);
    return this;
  }
  removeEditor(...[user]: ProtectionArgs<"removeEditor">): this {
    return this.removeEditors(emailsOf([user] as Emails));
  }
  removeEditors(...[users]: ProtectionArgs<"removeEditors">): this {
    this.customise();
    for (const e of emailsOf(users as Emails)) if (!this.keeps(e)) this.editors.delete(e);
    return this;
  }
  /** Users (`{ getEmail() }`) who may edit; none while warning-only. */
  getEditors(): { getEmail(): string }[] {
    const emails = this.warningOnly ? [] : [...this.editors];
    return this.env.realm.Array.from(emails, (email) => ({ getEmail: () => email }));
  }
  setDomainEdit(...[editable]: ProtectionArgs<"setDomainEdit">): this {
    this.customise();
    this.domainEdit = editable;
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  /** Warning-only clears the editors; turning it off leaves the owner and the current user. */
  setWarningOnly(...[warningOnly]: ProtectionArgs<"setWarningOnly">): this {
    this.warningOnly = warningOnly;
    this.editors.clear();
    if (!warningOnly) {
      this.customise();
      this.editors.add(this.env.owner).add(this.env.user);
    }
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
    return this.env.realm.Array.from(this.unprotected);
  }
  getRange(): FakeRange {
    return this._rect ? this._sheet._range(this._rect) : this._sheet.getDataRange();
  }
  remove(): void {
    this.removed = true;
    this._sheet.getParent()._removeProtection(this);
  }
  canEdit(): boolean {
    const user = this.env.user;
    if (this.warningOnly || this.mirrorsSpreadsheet || user === this.env.owner) return true;
    return this.editors.has(user) || (this.domainEdit && domainOf(user) === domainOf(this.env.owner));
  }

  /** The same protection on the matching tab of a copy of the spreadsheet. */
  _copyTo(copy: FakeProtection, unprotected: FakeRange[]): void {
    Object.assign(copy, {
      description: this.description,
      warningOnly: this.warningOnly,
      domainEdit: this.domainEdit,
      mirrorsSpreadsheet: this.mirrorsSpreadsheet,
    });
    copy.editors.clear();
    for (const e of this.editors) copy.editors.add(e);
    copy.unprotected = unprotected;
  }

  /** Whether a write to `rect` of this sheet is blocked for the current user. */
  _blocks(rect: GridRect): boolean {
    if (this.canEdit()) return false;
    if (this._rect) return overlaps(this._rect, rect);
    return !this.unprotected.some((r) => within(rect, r._rect));
  }
}
