import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Every .ts/.mjs file under `dir`, as paths relative to the project. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|mjs)$/.test(name) ? [relative(".", path)] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1] as string);

const SERVICES =
  /\b(SpreadsheetApp|DocumentApp|DriveApp|MailApp|CacheService|PropertiesService|LockService|ScriptApp|Session|HtmlService|Utilities)\./;

describe("the layers", () => {
  it("src/server holds thin entry points: every file under 60 lines", () => {
    const long = filesUnder("src/server")
      .map((f) => [f, readFileSync(f, "utf8").trimEnd().split("\n").length] as const)
      .filter(([, lines]) => lines >= 60);
    expect(long).toEqual([]);
  });

  it("the core is pure: no Apps Script service, no import of the adapter or the server", () => {
    const leaks = filesUnder("src/core").filter(
      (f) =>
        SERVICES.test(readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")) ||
        importsOf(f).some((i) => /\/(adapter|server)\//.test(i)),
    );
    expect(leaks).toEqual([]);
  });

  it("only src/adapter touches the Apps Script services", () => {
    const code = (f: string) => readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(filesUnder("src/adapter").filter((f) => SERVICES.test(code(f))).length).toBeGreaterThan(3);
    const touching = filesUnder("src")
      .filter((f) => !f.startsWith("src/adapter/") && !f.startsWith("src/client/"))
      .filter((f) => SERVICES.test(readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")));
    expect(touching).toEqual([]);
  });

  it("nothing outside tests/ imports from tests/", () => {
    const offenders = ["src", "tools", "bench", "scripts"]
      .flatMap(filesUnder)
      .filter((f) => importsOf(f).some((i) => /(^|\/)tests\//.test(i)));
    expect(offenders).toEqual([]);
  });
});
