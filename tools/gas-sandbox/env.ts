import { CallLog } from "./call-log";
import { SandboxClock } from "./clock";

/** The constructors of the realm script code runs in (a vm context's own, or the host's). */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

/** State shared by every fake of one sandbox: the call log, the realm, zones and identity. */
export interface GasEnv {
  readonly calls: CallLog;
  realm: Realm;
  /** Compiles a function expression in the script realm (HtmlService templates). */
  compile: (functionSource: string) => unknown;
  spreadsheetTimeZone: string;
  scriptTimeZone: string;
  /** Who is at the keyboard: used for protections and locks. */
  user: string;
  /** What `Session.getActiveUser().getEmail()` reports ('' for outside-domain accounts, simple triggers). */
  reportedEmail: string;
  /** The spreadsheet owner: may edit everything. */
  owner: string;
  nextId: () => number;
  /** Makes `nextId` skip past `id`: an id restored from a file (a tab's sheet id) is never handed out again. */
  claimId: (id: number) => void;
  /** Counts changes to what a saved workbook holds (cells, layout, tabs, document properties). */
  readonly changes: ChangeCounter;
  /** "Now" for script code and the fakes (real time until a test sets it). */
  readonly clock: SandboxClock;
}

/**
 * A counter bumped by every change to the state an `.xlsx` keeps: a caller compares two readings
 * to know whether anything needs saving (reads never bump it).
 */
class ChangeCounter {
  count = 0;
  bump(): void {
    this.count++;
  }
}

export const hostRealm: Realm = { Date, Array, Error, Object };

export interface EnvOptions {
  realm?: Realm;
  timeZone?: string;
  user?: string;
  reportedEmail?: string;
  owner?: string;
  /** Starts the sandbox clock at this instant (default: real time, running). */
  now?: Date | number;
  /** A clock to share (loadBundle makes it first: the realm's Date reads it). */
  clock?: SandboxClock;
}

export function createEnv(options: EnvOptions = {}): GasEnv {
  let id = 1000;
  const user = options.user ?? "owner@example.com";
  return {
    calls: new CallLog(),
    realm: options.realm ?? hostRealm,
    compile: (src) => new Function(`return (${src});`)(),
    spreadsheetTimeZone: options.timeZone ?? "Asia/Ho_Chi_Minh",
    scriptTimeZone: options.timeZone ?? "Asia/Ho_Chi_Minh",
    user,
    reportedEmail: options.reportedEmail ?? user,
    owner: options.owner ?? "owner@example.com",
    nextId: () => ++id,
    claimId: (taken) => {
      if (taken > id) id = taken;
    },
    changes: new ChangeCounter(),
    clock: options.clock ?? new SandboxClock(options.now),
  };
}

/**
 * An Apps Script service error: `e.name` is "Exception", `String(e)` is "Exception: <message>",
 * created in the script realm so `e instanceof Error` holds inside the sandbox.
 */
export function gasError(env: GasEnv, message: string): Error {
  const error = new env.realm.Error(message);
  error.name = "Exception";
  return error;
}

/** Cross-realm Date test (`instanceof Date` fails for Dates made in a vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}
