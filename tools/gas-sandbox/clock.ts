/**
 * The sandbox's "now": a fixed instant that tests move forward, or real time when unset.
 * Script code sees it through the realm's `Date` (see `installClock`); the fakes read it for
 * cache expiry, mail quotas, trigger times and mail timestamps.
 */
export class SandboxClock {
  private fixed: number | undefined;
  /** Running from a set instant: milliseconds added to real time. */
  private offset: number | undefined;

  constructor(now?: Date | number) {
    if (now !== undefined) this.set(now);
  }

  /** Milliseconds since the epoch: the set instant, real time moved by the offset, or real time. */
  now(): number {
    return this.fixed ?? Date.now() + (this.offset ?? 0);
  }
  /** The current instant as a host Date. */
  date(): Date {
    return new Date(this.now());
  }
  /** Whether "now" stands still (set, or moved by `advance`). */
  get isSet(): boolean {
    return this.fixed !== undefined;
  }
  /** Sets "now" (`null` goes back to real time). */
  set(now: Date | number | null): void {
    this.offset = undefined;
    if (now === null) {
      this.fixed = undefined;
      return;
    }
    this.fixed = instant(now, "set");
  }
  /**
   * Makes "now" `from`, then lets it run at the pace of real time (a preview on another day:
   * every edit gets its own time of day). `set` or `advance` stop it again.
   */
  runFrom(from: Date | number): void {
    this.fixed = undefined;
    this.offset = instant(from, "runFrom") - Date.now();
  }
  /** Moves "now" forward (from real time when unset, which freezes the clock there). */
  advance(ms: number): void {
    this.fixed = this.now() + ms;
    this.offset = undefined;
  }
}

function instant(value: Date | number, method: string): number {
  const ms = typeof value === "number" ? value : value.getTime();
  if (!Number.isFinite(ms)) throw new Error(`SandboxClock.${method}: not a valid instant: ${String(value)}`);
  return ms;
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
