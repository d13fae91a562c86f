export type LogLevel = "log" | "info" | "warn" | "error" | "Logger";

export interface LogEntry {
  level: LogLevel;
  message: string;
}

function render(args: unknown[]): string {
  return args.map((a) => (typeof a === "string" ? a : safeJson(a))).join(" ");
}

function safeJson(value: unknown): string {
  if (value instanceof Error || Object.prototype.toString.call(value) === "[object Error]") {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Collects `Logger.log` and `console.*` output; printed only when `echo` is on. */
export class LogCollector {
  readonly entries: LogEntry[] = [];
  constructor(public echo = false) {}

  push(level: LogLevel, args: unknown[]): void {
    const message = render(args);
    this.entries.push({ level, message });
    if (this.echo) process.stderr.write(`[gas ${level}] ${message}\n`);
  }

  get messages(): string[] {
    return this.entries.map((e) => e.message);
  }
}

/** `Logger`. Counted as "Logger.*". `Logger.log(format, ...values)` replaces `%s` in order. */
export class FakeLogger {
  constructor(private readonly collector: LogCollector) {}

  log(...args: unknown[]): this {
    const [first, ...rest] = args;
    if (typeof first === "string" && rest.length > 0 && first.includes("%s")) {
      let i = 0;
      this.collector.push("Logger", [first.replace(/%s/g, () => render([rest[i++]]))]);
    } else this.collector.push("Logger", args);
    return this;
  }
  getLog(): string {
    return this.collector.entries
      .filter((e) => e.level === "Logger")
      .map((e) => e.message)
      .join("\n");
  }
  clear(): void {
    this.collector.entries.length = 0;
  }
}

/** Apps Script's `console` (Cloud Logging): log/info/warn/error. Not counted. */
export function fakeConsole(collector: LogCollector): Pick<Console, "log" | "info" | "warn" | "error"> {
  return {
    log: (...args: unknown[]) => collector.push("log", args),
    info: (...args: unknown[]) => collector.push("info", args),
    warn: (...args: unknown[]) => collector.push("warn", args),
    error: (...args: unknown[]) => collector.push("error", args),
  };
}
