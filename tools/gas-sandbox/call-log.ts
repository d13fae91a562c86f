/** One recorded service call, e.g. `{ method: "Range.setValues", args: [[["a"]]] }`. */
export interface CallEntry {
  readonly method: string;
  readonly args: readonly unknown[];
}

/** What `count()` accepts: an exact name ("Range.setValues"), a service name ("Range"), a RegExp or a predicate. */
export type CallFilter = string | RegExp | ((method: string) => boolean);

function matches(filter: CallFilter | undefined, method: string): boolean {
  if (filter === undefined) return true;
  if (typeof filter === "function") return filter(method);
  if (filter instanceof RegExp) return filter.test(method);
  return filter.includes(".") ? method === filter : method.startsWith(`${filter}.`);
}

/**
 * The ordered log of every call script code makes on a service object.
 *
 * Only the outermost call is recorded: while a fake method runs, calls it makes on other
 * fakes are its own implementation, not round trips (a `depth` counter tells them apart).
 */
export class CallLog {
  private readonly log: CallEntry[] = [];
  private depth = 0;
  private readonly hooks: { filter: CallFilter; fn: () => void }[] = [];

  /** The ordered log (a copy). */
  get entries(): readonly CallEntry[] {
    return [...this.log];
  }

  /** The ordered method names, e.g. `["Sheet.getRange", "Range.setValues"]`. */
  get methods(): string[] {
    return this.log.map((e) => e.method);
  }

  count(filter?: CallFilter): number {
    return this.log.filter((e) => matches(filter, e.method)).length;
  }

  /** Counts per method name, for readable assertion failures. */
  summary(filter?: CallFilter): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.log) if (matches(filter, e.method)) out[e.method] = (out[e.method] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.log.length = 0;
  }

  /**
   * Test control: runs `fn` (as top-level script code, its calls recorded) just before the
   * next call script code makes that matches `filter`, once — e.g. a row typed by hand between
   * an execution's read and its first write.
   */
  beforeNext(filter: CallFilter, fn: () => void): void {
    this.hooks.push({ filter, fn });
  }

  /** Runs `fn` without recording (test inspection, snapshots). */
  untracked<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** Runs `fn` as top-level script code: its calls are recorded even inside a fake method (lock hooks). */
  asScript<T>(fn: () => T): T {
    const saved = this.depth;
    this.depth = 0;
    try {
      return fn();
    } finally {
      this.depth = saved;
    }
  }

  /**
   * Wraps a fake so that each method call is recorded as `${service}.${method}`.
   * Property reads (enums, inspection fields) are not calls; names starting with `_` and the
   * `controls` (test-only methods such as `holdBy`) are not recorded either.
   */
  track<T extends object>(target: T, service: string, controls: readonly string[] = []): T {
    const wrappers = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get: (obj, prop, receiver) => {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== "function" || typeof prop !== "string") return value;
        if (prop === "constructor" || prop.startsWith("_") || controls.includes(prop)) return value;
        const cached = wrappers.get(prop);
        if (cached) return cached;
        const fn = value as (...args: unknown[]) => unknown;
        const method = `${service}.${prop}`;
        const wrapper = (...args: unknown[]): unknown => {
          if (this.depth === 0) this.runHook(method);
          if (this.depth === 0) this.log.push({ method, args });
          this.depth++;
          try {
            return fn.apply(receiver, args);
          } finally {
            this.depth--;
          }
        };
        wrappers.set(prop, wrapper);
        return wrapper;
      },
    });
  }

  private runHook(method: string): void {
    const at = this.hooks.findIndex((h) => matches(h.filter, method));
    if (at < 0) return;
    const [hook] = this.hooks.splice(at, 1);
    hook?.fn();
  }
}
