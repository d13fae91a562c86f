import type { GasEnv } from "./env";

/** A `User`: only `getEmail()`. Value object, not counted. */
export interface FakeUser {
  getEmail(): string;
}

/**
 * `Session`. The active user's email is `env.reportedEmail`, which tests may set to ''
 * (outside-domain accounts, simple triggers); permissions still use `env.user`. The effective
 * user is whom the script runs as: the user at the keyboard (menus, sidebars) or a trigger's creator.
 */
export class FakeSession {
  constructor(private readonly env: GasEnv) {}

  getActiveUser(): FakeUser {
    const email = this.env.reportedEmail;
    return { getEmail: () => email };
  }
  getEffectiveUser(): FakeUser {
    const email = this.env.user;
    return { getEmail: () => email };
  }
  getScriptTimeZone(): string {
    return this.env.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return "vi";
  }
  getTemporaryActiveUserKey(): string {
    return `temp-key-${this.env.user}`;
  }
}
