import type { GasEnv } from "./env";
import type { SpreadsheetArgs } from "./gas-types";
import type { FakeUser } from "./session";

type Emails = readonly (string | { getEmail(): string })[];
const emailsOf = (users: Emails): string[] => users.map((u) => (typeof u === "string" ? u : u.getEmail()));

/**
 * Who may open and edit the spreadsheet: its owner (`env.owner`) and the editors it is shared
 * with. Protections created while unchanged mirror this list. The sandbox's user (`env.user`) is
 * assumed to be allowed in: spreadsheet-level sharing is not enforced on writes.
 */
export class SpreadsheetSharing {
  private readonly editors = new Set<string>();

  constructor(readonly _env: GasEnv) {}

  private user(email: string): FakeUser {
    return { getEmail: () => email };
  }
  /** Emails of the editors it is shared with (not the owner). */
  _editorEmails(): string[] {
    return [...this.editors];
  }

  getOwner(): FakeUser {
    return this.user(this._env.owner);
  }
  /** The owner first, then the editors. */
  getEditors(): FakeUser[] {
    const emails = [this._env.owner, ...[...this.editors].filter((e) => e !== this._env.owner)];
    return this._env.realm.Array.from(emails, (e) => this.user(e));
  }
  addEditor(...[user]: SpreadsheetArgs<"addEditor">): this {
    for (const e of emailsOf([user])) this.editors.add(e);
    return this;
  }
  addEditors(...[emailAddresses]: SpreadsheetArgs<"addEditors">): this {
    for (const e of emailsOf(emailAddresses)) this.editors.add(e);
    return this;
  }
  /** Removing the owner is ignored: ownership is transferred in Drive, not here. */
  removeEditor(...[user]: SpreadsheetArgs<"removeEditor">): this {
    for (const e of emailsOf([user])) this.editors.delete(e);
    return this;
  }
}
