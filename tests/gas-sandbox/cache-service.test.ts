import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";

const NOW = new Date("2020-02-28T03:00:00Z");
const script = `
  function put(key, value, seconds) { CacheService.getScriptCache().put(key, value, seconds); }
  function get(key) { return CacheService.getScriptCache().get(key); }
  function putMany(values, seconds) { CacheService.getDocumentCache().putAll(values, seconds); }
  function getMany(keys) { return CacheService.getDocumentCache().getAll(keys); }
  function dropMany(keys) { CacheService.getDocumentCache().removeAll(keys); }
  function mine(value) { var c = CacheService.getUserCache(); if (value) c.put("k", value); return c.get("k"); }
  function caught(fn) { try { fn(); } catch (e) { return String(e); } }
  function tooLongKey() { return caught(function () { CacheService.getScriptCache().put(new Array(252).join("k"), "v"); }); }
  function tooLargeValue(n) { return caught(function () { CacheService.getScriptCache().put("k", new Array(n + 1).join("x")); }); }`;

describe("CacheService", () => {
  it("returns what was put and null for a missing key", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("put", "k", "v");
    expect(sandbox.call("get", "k")).toBe("v");
    expect(sandbox.call("get", "nope")).toBeNull();
  });

  it("stores values as strings", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("put", "n", 42);
    expect(sandbox.call("get", "n")).toBe("42");
  });

  it("forgets a value after 600 seconds by default, by the sandbox clock", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("put", "k", "v");
    sandbox.services.clock.advance(599_000);
    expect(sandbox.call("get", "k")).toBe("v");
    sandbox.services.clock.advance(1_000);
    expect(sandbox.call("get", "k")).toBeNull();
  });

  it("honours an expiration and cuts it to the six-hour maximum", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("put", "short", "v", 5);
    sandbox.call("put", "long", "v", 100_000);
    sandbox.services.clock.advance(5_000);
    expect(sandbox.call("get", "short")).toBeNull();
    sandbox.services.clock.advance(21_600_000 - 5_001);
    expect(sandbox.call("get", "long")).toBe("v");
    sandbox.services.clock.advance(1);
    expect(sandbox.call("get", "long")).toBeNull();
  });

  it("puts, gets and removes several keys at once", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("putMany", { a: "1", b: "2", c: "3" });
    expect(sandbox.call("getMany", ["a", "b", "x"])).toEqual({ a: "1", b: "2" });
    sandbox.call("dropMany", ["a", "c"]);
    expect(sandbox.call("getMany", ["a", "b", "c"])).toEqual({ b: "2" });
  });

  it("keeps one cache per user", () => {
    const sandbox = loadBundle(script, { now: NOW, user: "a@x.vn" });
    sandbox.call("mine", "of a");
    sandbox.services.env.user = "b@x.vn";
    expect(sandbox.call("mine")).toBeNull();
    sandbox.services.env.user = "a@x.vn";
    expect(sandbox.call("mine")).toBe("of a");
  });

  it("refuses a key over 250 characters and a value over 100 KB with Exceptions", () => {
    const sandbox = loadBundle(script, { now: NOW });
    expect(sandbox.call("tooLongKey")).toBe("Exception: Argument too large: key");
    expect(sandbox.call("tooLargeValue", 100 * 1024)).toBeUndefined();
    expect(sandbox.call("tooLargeValue", 100 * 1024 + 1)).toBe("Exception: Argument too large: value");
  });

  it("keeps at most 1000 items, dropping those closest to expiry", () => {
    const sandbox = loadBundle(script, { now: NOW });
    for (let i = 0; i < 1000; i++) sandbox.call("put", `k${i}`, "v", 1000 + i);
    expect(sandbox.services.cache.script.entries.size).toBe(1000);
    sandbox.call("put", "new", "v", 21600);
    expect(sandbox.services.cache.script.entries.size).toBe(900);
    expect(sandbox.call("get", "k0")).toBeNull();
    expect(sandbox.call("get", "k999")).toBe("v");
    expect(sandbox.call("get", "new")).toBe("v");
  });

  it("counts calls as CacheService.* and Cache.*", () => {
    const sandbox = loadBundle(script, { now: NOW });
    sandbox.call("put", "k", "v");
    sandbox.call("get", "k");
    expect(sandbox.services.calls.summary()).toEqual({
      "CacheService.getScriptCache": 2,
      "Cache.put": 1,
      "Cache.get": 1,
    });
  });
});
