import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../../src/core/cell";
import { formatCivil, isValidCivil } from "../../../src/core/dates/civil";
import { type CivilDate, civilDate } from "../../../src/core/dates/civil-date";
import { parseDateCell } from "../../../src/core/dates/parse";
import { toInstant } from "../../../src/core/dates/zone";
import { nameKey } from "../../../src/core/text/name-key";

const otherRealm = (iso: string): Date => vm.runInNewContext(`new Date(${JSON.stringify(iso)})`) as Date;
const ok = (date: CivilDate) => ({ ok: true, date });
const invalid = { ok: false, reason: "invalid" };
const blank = { ok: false, reason: "blank" };

describe("parseDateCell", () => {
  it.each<[string, Cell, unknown]>([
    ["a date cell (local midnight)", new Date("2020-02-28T00:00:00+07:00"), ok(civilDate(28, 2, 2020))],
    ["a date-time late in the local day", new Date("2020-02-28T23:30:00+07:00"), ok(civilDate(28, 2, 2020))],
    ["a date-time just after local midnight", new Date("2020-02-28T17:30:00Z"), ok(civilDate(29, 2, 2020))],
    ["a Date from another realm", otherRealm("2020-02-28T17:30:00Z"), ok(civilDate(29, 2, 2020))],
    ["an invalid Date", new Date(Number.NaN), invalid],
    ["a time-only cell (30/12/1899)", new Date("1899-12-30T10:30:00+07:00"), invalid],
    ["dd/mm/yyyy text", "28/02/2020", ok(civilDate(28, 2, 2020))],
    ["d/m/yyyy text", "5/3/2020", ok(civilDate(5, 3, 2020))],
    ["text with spaces around", "  05/03/2020 \u00a0", ok(civilDate(5, 3, 2020))],
    ["29/02 of a leap year", "29/02/2020", ok(civilDate(29, 2, 2020))],
    ["29/02 of a common year", "29/02/2019", invalid],
    ["31/02", "31/02/2020", invalid],
    ["31/04", "31/04/2020", invalid],
    ["month 13", "01/13/2020", invalid],
    ["day 0", "0/1/2020", invalid],
    ["a year before 1900", "01/01/1899", invalid],
    ["a year after 2100", "01/01/2101", invalid],
    ["the first accepted day", "1/1/1900", ok(civilDate(1, 1, 1900))],
    ["the last accepted day", "31/12/2100", ok(civilDate(31, 12, 2100))],
    ["dashes", "28-02-2020", invalid],
    ["ISO text", "2020-02-28", invalid],
    ["a two-digit year", "28/02/20", invalid],
    ["spaces inside", "28 / 02 / 2020", invalid],
    ["words", "ngày 28/02/2020", invalid],
    ["a serial number", 43889, invalid],
    ["a boolean", true, invalid],
    ["empty text", "", blank],
    ["white space", "  ", blank],
    ["null", null, blank],
    ["undefined", undefined, blank],
  ])("reads %s", (_what, cell, expected) => {
    expect(parseDateCell(cell)).toEqual(expected);
  });
});

const cellLike: fc.Arbitrary<Cell> = fc.anything().map((v): Cell => {
  if (
    v === null ||
    v === undefined ||
    typeof v === "string" ||
    typeof v === "number" ||
    typeof v === "boolean"
  ) {
    return v;
  }
  if (v instanceof Date) return v;
  return String(typeof v === "object" ? Object.keys(v as object).join("/") : typeof v);
});

describe("properties", () => {
  it("parseDateCell and nameKey never throw on arbitrary cell-like values", () => {
    fc.assert(
      fc.property(
        fc.oneof(cellLike, fc.date({ noInvalidDate: false }), fc.string({ unit: "binary" })),
        (cell) => {
          const parsed = parseDateCell(cell);
          expect(parsed.ok ? isValidCivil(parsed.date) : ["blank", "invalid"].includes(parsed.reason)).toBe(
            true,
          );
          expect(typeof nameKey(typeof cell === "string" ? cell : String(cell))).toBe("string");
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("formatCivil and parseDateCell round-trip every valid date of 1900–2100", () => {
    const validDate = fc
      .record({
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(isValidCivil);
    fc.assert(
      fc.property(validDate, (d) => {
        expect(parseDateCell(formatCivil(d))).toEqual({ ok: true, date: d });
        expect(parseDateCell(toInstant(d))).toEqual({ ok: true, date: d });
      }),
      { numRuns: 2_000 },
    );
  });
});
