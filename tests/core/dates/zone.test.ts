import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../../src/core/dates/civil-date";
import { addDays, civilDateOf, daysBetween, toInstant, VN_OFFSET_MS } from "../../../src/core/dates/zone";

const otherRealm = (iso: string): Date => vm.runInNewContext(`new Date(${JSON.stringify(iso)})`) as Date;

describe("civilDateOf", () => {
  it("agrees with the +07:00 day of any instant from 1600 to 2400, to the millisecond", () => {
    const from = Date.UTC(1600, 0, 1);
    const to = Date.UTC(2400, 11, 31, 23, 59, 59, 999);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (t) => {
        const local = new Date(t + VN_OFFSET_MS);
        expect(civilDateOf(new Date(t))).toEqual({
          year: local.getUTCFullYear(),
          month: local.getUTCMonth() + 1,
          day: local.getUTCDate(),
        });
      }),
      { numRuns: 20_000 },
    );
  });

  it("turns the day at 17:00 UTC, including 29/02 and the turn of a century", () => {
    for (const [utc, day] of [
      [Date.UTC(2020, 1, 28, 16, 59, 59, 999), { year: 2020, month: 2, day: 28 }],
      [Date.UTC(2020, 1, 28, 17), { year: 2020, month: 2, day: 29 }],
      [Date.UTC(2099, 11, 31, 17), { year: 2100, month: 1, day: 1 }],
      [Date.UTC(1899, 11, 31, 16, 59), { year: 1899, month: 12, day: 31 }],
    ] as const)
      expect(civilDateOf(new Date(utc))).toEqual(day);
  });

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
