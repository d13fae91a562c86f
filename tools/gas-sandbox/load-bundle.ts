import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import vm from "node:vm";
import { CLOCK_PATCH, SandboxClock } from "./clock";
import type { Realm } from "./env";
import { createServices, type GasServices, type ServicesOptions } from "./services";
import type { FiredTrigger } from "./trigger-runner";

export interface LoadBundleOptions extends ServicesOptions {
  /** File name shown in stack traces. Default: the path, or "Code.js". */
  filename?: string;
}

export interface Sandbox {
  /** The vm context: the script's global object (`context.Date` is the script realm's Date). */
  context: vm.Context;
  /** Calls a top-level function by name, as a menu, trigger or `google.script.run` would. */
  call: (name: string, ...args: unknown[]) => unknown;
  /** Whether the script declares a top-level function of that name. */
  has: (name: string) => boolean;
  services: GasServices;
  /** The script realm's constructors. */
  realm: Realm;
  /** Sets "now" for script code and the fakes (`null`: real time again). Same as `services.clock.set`. */
  setNow: (now: Date | number | null) => void;
  /**
   * Lets time pass until `until`: fires each time-driven trigger due on the way, earliest first,
   * calling its handler as its creator with the event object; the clock ends at `until`.
   */
  runTriggers: (until: Date | number) => FiredTrigger[];
}

/** The Apps Script globals added to the ECMAScript built-ins of a fresh vm context. */
export const GAS_GLOBALS = [
  "SpreadsheetApp",
  "Session",
  "LockService",
  "PropertiesService",
  "Utilities",
  "HtmlService",
  "Logger",
  "console",
  "Charts",
  "Browser",
  "ScriptApp",
  "CacheService",
  "MailApp",
  "DocumentApp",
  "DriveApp",
  "MimeType",
] as const;

function readCode(codeOrPath: string): { code: string; path?: string } {
  const looksLikePath =
    !codeOrPath.includes("\n") && codeOrPath.length < 4096 && /\.(c?js|gs)$/.test(codeOrPath);
  if (looksLikePath && existsSync(codeOrPath))
    return { code: readFileSync(codeOrPath, "utf8"), path: codeOrPath };
  return { code: codeOrPath };
}

/**
 * Runs a built Apps Script bundle (top-level `function` declarations) in a `node:vm` context
 * holding exactly Apps Script's globals: no timers, `process`, `require`, `Buffer`, `URL`,
 * `TextEncoder`, `fetch`, `atob`, `crypto`, `structuredClone`…, so a stray one throws a
 * ReferenceError as in production. HtmlService reads files next to the bundle by default.
 */
export function loadBundle(codeOrPath: string, options: LoadBundleOptions = {}): Sandbox {
  const { code, path } = readCode(codeOrPath);
  const context = vm.createContext({}, { name: "Apps Script sandbox" });
  // Node puts its own console in every context: Apps Script's console replaces it below.
  vm.runInContext("delete globalThis.console;", context);
  const clock = options.clock ?? new SandboxClock(options.now);
  (vm.runInContext(CLOCK_PATCH, context) as (now: () => number) => void)(() => clock.now());
  const realm = vm.runInContext("({ Date, Array, Error, Object })", context) as Realm;
  const buildDir = options.buildDir ?? (path ? dirname(path) : "build");
  const services = createServices({ ...options, realm, buildDir, clock });
  services.env.compile = (src) => vm.runInContext(src, context);
  // Built-ins are not visible as properties of the context object from the host: mirror the
  // realm's constructors there (same values) so tests can write `value instanceof context.Date`.
  for (const [name, value] of Object.entries(realm)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }
  for (const name of GAS_GLOBALS) {
    Object.defineProperty(context, name, {
      value: services.globals[name],
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  vm.runInContext(code, context, { filename: options.filename ?? path ?? "Code.js" });

  const has = (name: string): boolean => typeof context[name] === "function";
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn: unknown = context[name];
    if (typeof fn !== "function") throw new realm.Error(`Script function not found: ${name}`);
    try {
      return (fn as (...a: unknown[]) => unknown)(...args);
    } finally {
      // The end of an execution: Apps Script saves and closes the documents it opened.
      services.documents._endExecution();
    }
  };
  const setNow = (now: Date | number | null): void => clock.set(now);
  const runTriggers = (until: Date | number): FiredTrigger[] => services.scriptApp.runTriggers(until, call);
  return { context, call, has, services, realm, setNow, runTriggers };
}
