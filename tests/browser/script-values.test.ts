import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { illegalValueMessage, illegalValuePath } from "../../tools/preview/script-values";

const scriptRealm = (code: string): unknown => vm.runInContext(code, vm.createContext({}));

describe("what google.script.run lets through", () => {
  it("accepts primitives, null and plain objects and arrays of them, from any realm", () => {
    expect(illegalValuePath(["a", 1, true, null, undefined, { b: [{ c: "d" }] }])).toBeNull();
    expect(illegalValuePath(Object.create(null))).toBeNull();
    expect(illegalValuePath(scriptRealm('({ list: [1, "x"], nested: { ok: true } })'))).toBeNull();
  });

  it("names the first Date, function or class instance, however deep", () => {
    expect(illegalValuePath(new Date())).toBe("");
    expect(illegalValuePath({ rows: [{ when: new Date() }] })).toBe("rows.0.when");
    expect(illegalValuePath(scriptRealm("({ when: new Date() })"))).toBe("when");
    expect(illegalValuePath([1, () => 1])).toBe("1");
    expect(illegalValuePath({ m: new Map() })).toBe("m");
    expect(illegalValuePath(scriptRealm("[new (class Point {})()]"))).toBe("0");
    expect(illegalValuePath({ s: Symbol("x") })).toBe("s");
  });

  it("refuses a cycle instead of looping", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(illegalValuePath(cyclic)).toBe("self");
  });

  it("words the failure as Apps Script does", () => {
    expect(illegalValueMessage("when")).toBe("Failed due to illegal value in property: when");
    expect(illegalValueMessage("")).toBe("Failed due to illegal value in property: 0");
  });
});
