import { describe, expect, it } from "vitest";
import { GAS_GLOBALS, loadBundle } from "../../tools/gas-sandbox";

const probe = (expression: string): string => `function probe() { return ${expression}; }`;

describe("the sandbox's globals", () => {
  it.each([
    ["setTimeout", "setTimeout(function () {}, 10)"],
    ["setInterval", "setInterval(function () {}, 10)"],
    ["setImmediate", "setImmediate(function () {})"],
    ["queueMicrotask", "queueMicrotask(function () {})"],
    ["process", "process.env"],
    ["require", "require('fs')"],
    ["module", "module.exports"],
    ["Buffer", "Buffer.from('x')"],
    ["URL", "new URL('https://example.com')"],
    ["URLSearchParams", "new URLSearchParams('a=1')"],
    ["TextEncoder", "new TextEncoder()"],
    ["TextDecoder", "new TextDecoder()"],
    ["fetch", "fetch('https://example.com')"],
    ["atob", "atob('eA==')"],
    ["btoa", "btoa('x')"],
    ["crypto", "crypto.randomUUID()"],
    ["window", "window.document"],
    ["navigator", "navigator.userAgent"],
    ["performance", "performance.now()"],
    ["structuredClone", "structuredClone({})"],
    ["global", "global.x"],
  ])("a script using %s fails with a ReferenceError", (_name, expression) => {
    const sandbox = loadBundle(probe(expression));
    let error: unknown;
    try {
      sandbox.call("probe");
    } catch (e) {
      error = e;
    }
    expect(Object.prototype.toString.call(error)).toBe("[object Error]");
    expect((error as Error).name).toBe("ReferenceError");
  });

  it("exposes every Apps Script service the add-on uses", () => {
    const names = GAS_GLOBALS.map((n) => `typeof ${n}`).join(" + ',' + ");
    const sandbox = loadBundle(probe(names));
    expect(String(sandbox.call("probe")).split(",")).toEqual(GAS_GLOBALS.map(() => "object"));
  });

  it("keeps the ECMAScript built-ins, such as Intl, JSON and Promise", () => {
    const sandbox = loadBundle(probe("[typeof Intl, typeof JSON, typeof Promise, typeof Map].join()"));
    expect(sandbox.call("probe")).toBe("object,object,function,function");
  });

  it("makes only top-level function declarations callable", () => {
    const sandbox = loadBundle("function visible() { return 1; }\nconst hidden = () => 2;");
    expect(sandbox.has("visible")).toBe(true);
    expect(sandbox.has("hidden")).toBe(false);
    expect(() => sandbox.call("hidden")).toThrow("Script function not found: hidden");
  });

  it("collects console and Logger output instead of printing it", () => {
    const sandbox = loadBundle(
      "function run() { console.log('a', 1); console.error('b'); Logger.log('c %s', 2); }",
    );
    sandbox.call("run");
    expect(sandbox.services.logs.messages).toEqual(["a 1", "b", "c 2"]);
  });

  it("reads a bundle from a file path", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "gas-sandbox-"));
    writeFileSync(join(dir, "Code.js"), "function hello() { return 'xin chào'; }");
    expect(loadBundle(join(dir, "Code.js")).call("hello")).toBe("xin chào");
  });
});
