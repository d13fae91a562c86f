import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../../src/core/dates/civil-date";
import { addDays, civilDateOf, daysBetween, toInstant, VN_OFFSET_MS } from "../../../src/core/dates/zone";

const otherRealm = (iso: string): Date => vm.runInNewContext(`new Date(${JSON.stringify(iso)})`) as Date;

describe("civilDateOf", () => {
  it.each([
    ["2020-02-28T00:00:00+07:00", civilDate(28, 2, 2020)],
    ["2020-02-28T23:30:00+07:00", civilDate(28, 2, 2020)],
    ["2020-02-28T23:59:59.999+07:00", civilDate(28, 2, 2020)],
    ["2020-02-28T16:59:59Z", civilDate(28, 2, 2020)],
    ["2020-02-28T17:00:00Z", civilDate(29, 2, 2020)],
    ["2020-02-28T17:30:00Z", civilDate(29, 2, 2020)],
    ["2020-02-29T17:00:00Z", civilDate(1, 3, 2020)],
    ["2019-12-31T17:00:00Z", civilDate(1, 1, 2020)],
    ["2019-12-31T16:59:59Z", civilDate(31, 12, 2019)],
    ["2100-12-31T12:00:00+07:00", civilDate(31, 12, 2100)],
  ])("reads the instant %s as the civil date %o in +07:00", (iso, expected) => {
    expect(civilDateOf(new Date(iso))).toEqual(expected);
  });

  it("reads a Date from another realm the same way", () => {
    const d = otherRealm("2020-02-28T17:30:00Z");
    expect(d instanceof Date).toBe(false);
    expect(civilDateOf(d)).toEqual(civilDate(29, 2, 2020));
  });

  it("throws a RangeError for an invalid Date", () => {
    expect(() => civilDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("toInstant", () => {
  it("gives local midnight, 17:00 UTC the day before", () => {
    expect(toInstant(civilDate(28, 2, 2020)).toISOString()).toBe("2020-02-27T17:00:00.000Z");
    expect(toInstant(civilDate(1, 1, 2020)).toISOString()).toBe("2019-12-31T17:00:00.000Z");
  });

  it("round-trips through civilDateOf", () => {
    for (const d of [
      civilDate(1, 1, 1900),
      civilDate(29, 2, 2000),
      civilDate(31, 12, 2100),
      civilDate(5, 6, 45),
    ]) {
      expect(civilDateOf(toInstant(d))).toEqual(d);
    }
  });

  it("uses the fixed offset of seven hours", () => {
    expect(VN_OFFSET_MS).toBe(7 * 3_600_000);
  });
});

describe("day arithmetic", () => {
  it.each([
    [civilDate(28, 2, 2020), 1, civilDate(29, 2, 2020)],
    [civilDate(28, 2, 2019), 1, civilDate(1, 3, 2019)],
    [civilDate(31, 12, 2019), 1, civilDate(1, 1, 2020)],
    [civilDate(1, 3, 2020), -1, civilDate(29, 2, 2020)],
    [civilDate(15, 1, 2020), 0, civilDate(15, 1, 2020)],
    [civilDate(1, 1, 2020), 366, civilDate(1, 1, 2021)],
  ])("adds to %o %i days giving %o", (d, n, expected) => {
    expect(addDays(d, n)).toEqual(expected);
    expect(daysBetween(d, expected)).toBe(n);
  });

  it("counts days from the first date to the second", () => {
    expect(daysBetween(civilDate(28, 2, 2020), civilDate(6, 3, 2020))).toBe(7);
    expect(daysBetween(civilDate(6, 3, 2020), civilDate(28, 2, 2020))).toBe(-7);
  });
});
