import { randomUUID } from "node:crypto";
import { FakeBlob } from "./blob";
import { type GasEnv, gasError, isDate } from "./env";
import { formatDate } from "./format-date";
import type { UtilitiesArgs } from "./gas-types";

/**
 * `Utilities`. `sleep` does not block: it adds to `sleptMs` (virtual time) and, once a test has
 * set the sandbox clock, moves the clock forward as a real sleep would.
 */
export class FakeUtilities {
  sleptMs = 0;

  constructor(private readonly env: GasEnv) {}

  formatDate(...[date, timeZone, format]: UtilitiesArgs<"formatDate">): string {
    if (!isDate(date)) throw gasError(this.env, "Invalid argument: date");
    return formatDate(date.getTime(), timeZone, format);
  }
  sleep(...[milliseconds]: UtilitiesArgs<"sleep">): void {
    this.sleptMs += milliseconds;
    if (this.env.clock.isSet) this.env.clock.advance(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  newBlob(...args: UtilitiesArgs<"newBlob">): FakeBlob {
    const [data, contentType, name] = args as [string | number[], string?, string?];
    return new FakeBlob(this.env, data, contentType ?? null, name ?? null);
  }
  base64Encode(...args: UtilitiesArgs<"base64Encode">): string {
    const [data] = args as unknown[];
    return (typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data as number[])).toString(
      "base64",
    );
  }
  base64Decode(...[encoded]: UtilitiesArgs<"base64Decode">): number[] {
    return this.env.realm.Array.from(Buffer.from(encoded, "base64"), (b) => (b > 127 ? b - 256 : b));
  }
}
