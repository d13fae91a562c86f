import { describe, expect, it } from "vitest";
import { createServices, loadBundle } from "../../tools/gas-sandbox";

const NOW = new Date("2020-02-28T03:00:00Z"); // 10:00 in Hà Nội

describe("the sandbox clock", () => {
  it("gives script code the set time from new Date() and Date.now()", () => {
    const sandbox = loadBundle("function now() { return [new Date().getTime(), Date.now()]; }", { now: NOW });
    expect(sandbox.call("now")).toEqual([NOW.getTime(), NOW.getTime()]);
  });

  it("moves when a test sets it or advances it, and runs in real time when unset", () => {
    const sandbox = loadBundle("function now() { return Date.now(); }");
    const before = Date.now();
    const real = sandbox.call("now") as number;
    expect(real).toBeGreaterThanOrEqual(before);
    expect(real).toBeLessThanOrEqual(Date.now());
    sandbox.setNow(NOW);
    expect(sandbox.call("now")).toBe(NOW.getTime());
    sandbox.services.clock.advance(60_000);
    expect(sandbox.call("now")).toBe(NOW.getTime() + 60_000);
    sandbox.setNow(null);
    expect(sandbox.call("now")).toBeGreaterThanOrEqual(before);
    expect(sandbox.call("now")).not.toBe(NOW.getTime() + 60_000);
  });

  it("keeps the other Date forms working in the script's zone", () => {
    const sandbox = loadBundle(
      `function forms() {
        var d = new Date(2020, 1, 28);
        return [d.getDate(), d.getHours(), new Date(0).getTime(), Date.UTC(2020, 0, 1), Date.parse("2020-01-01T00:00:00Z"), typeof Date(), new Date("x").getTime()];
      }`,
      { now: NOW },
    );
    expect(sandbox.call("forms")).toEqual([28, 0, 0, 1577836800000, 1577836800000, "string", Number.NaN]);
  });

  it("keeps Dates from getValues() instances of the script realm's Date, and of the clock's constructor", () => {
    const sandbox = loadBundle(
      `function check() {
        var range = SpreadsheetApp.getActiveSheet().getRange("A1");
        range.setValue(new Date());
        var value = range.getValue();
        return [value instanceof Date, value.constructor === Date, new Date() instanceof Date, value.getTime()];
      }`,
      { now: NOW },
    );
    expect(sandbox.call("check")).toEqual([true, true, true, NOW.getTime()]);
    const cell = sandbox.services.spreadsheet.getActiveSheet().getRange("A1").getValue();
    expect(cell instanceof sandbox.context.Date).toBe(true);
  });

  it("leaves Utilities.formatDate to format whatever instant it is given", () => {
    const sandbox = loadBundle(
      "function f() { return Utilities.formatDate(new Date(), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm'); }",
      { now: NOW },
    );
    expect(sandbox.call("f")).toBe("28/02/2020 10:00");
  });

  it("moves forward with Utilities.sleep once set", () => {
    const sandbox = loadBundle(
      "function nap() { var t = Date.now(); Utilities.sleep(1500); return Date.now() - t; }",
      {
        now: NOW,
      },
    );
    expect(sandbox.call("nap")).toBe(1500);
  });

  it("is shared by the fakes created without a vm", () => {
    const services = createServices({ now: NOW });
    expect(services.clock.now()).toBe(NOW.getTime());
    expect(services.env.clock).toBe(services.clock);
  });

  it("runs from a set instant at the pace of real time, so that two calls a moment apart differ", async () => {
    const sandbox = loadBundle("function now() { return Date.now(); }");
    sandbox.services.clock.runFrom(NOW);
    const first = sandbox.call("now") as number;
    expect(first).toBeGreaterThanOrEqual(NOW.getTime());
    expect(first).toBeLessThan(NOW.getTime() + 1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = sandbox.call("now") as number;
    expect(second).toBeGreaterThan(first);
    expect(sandbox.services.clock.isSet).toBe(false);
    sandbox.setNow(NOW);
    expect(sandbox.call("now")).toBe(NOW.getTime());
  });
});
