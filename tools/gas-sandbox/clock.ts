/**
 * The sandbox's "now": a fixed instant that tests move forward, or real time when unset.
 * Script code sees it through the realm's `Date` (see `installClock`); the fakes read it for
 * cache expiry, mail quotas, trigger times and mail timestamps.
 */
export class SandboxClock {
  private fixed: number | undefined;

  constructor(now?: Date | number) {
    if (now !== undefined) this.set(now);
  }

  /** Milliseconds since the epoch: the set instant, or the host's real time when unset. */
  now(): number {
    return this.fixed ?? Date.now();
  }
  /** The current instant as a host Date. */
  date(): Date {
    return new Date(this.now());
  }
  get isSet(): boolean {
    return this.fixed !== undefined;
  }
  /** Sets "now" (`null` goes back to real time). */
  set(now: Date | number | null): void {
    if (now === null) {
      this.fixed = undefined;
      return;
    }
    const ms = typeof now === "number" ? now : now.getTime();
    if (!Number.isFinite(ms)) throw new Error(`SandboxClock.set: not a valid instant: ${String(now)}`);
    this.fixed = ms;
  }
  /** Moves "now" forward (from real time when unset, which freezes the clock there). */
  advance(ms: number): void {
    this.fixed = this.now() + ms;
  }
}

/**
 * Run in a vm context, replaces the realm's global `Date` by one whose `new Date()`, `Date()` and `Date.now()` read
 * `now`, while every other form (`new Date(ms)`, `new Date(y, m, d)`) is the built-in one.
 * The prototype is shared, so every Date of the realm is `instanceof` the new constructor and
 * `d.constructor === Date` holds: the fakes create Dates with it through `realm.Date`.
 */
export const CLOCK_PATCH = `(function (clock) {
  var Native = globalThis.Date;
  function Date(year, month, day, hours, minutes, seconds, ms) {
    if (!new.target) return new Native(clock()).toString();
    var args = arguments.length === 0 ? [clock()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(Native, args, new.target);
  }
  Date.prototype = Native.prototype;
  var hidden = function (value) { return { value: value, writable: true, configurable: true }; };
  Object.defineProperty(Native.prototype, "constructor", hidden(Date));
  Object.defineProperty(Date, "now", hidden(function now() { return clock(); }));
  Object.defineProperty(Date, "parse", hidden(Native.parse));
  Object.defineProperty(Date, "UTC", hidden(Native.UTC));
  globalThis.Date = Date;
})`;
