import { describe, expect, it } from "vitest";
import {
  compareCivil,
  daysInMonth,
  formatCivil,
  isOnTime,
  isValidCivil,
  sameCivil,
} from "../../../src/core/dates/civil";
import { civilDate } from "../../../src/core/dates/civil-date";

describe("civil dates", () => {
  it.each([
    [2020, 2, 29],
    [2019, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2020, 4, 30],
    [2020, 12, 31],
  ])("gives %i-%i %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    [civilDate(29, 2, 2020), true],
    [civilDate(29, 2, 2019), false],
    [civilDate(31, 2, 2020), false],
    [civilDate(31, 4, 2020), false],
    [civilDate(0, 1, 2020), false],
    [civilDate(1, 13, 2020), false],
    [civilDate(1.5, 1, 2020), false],
  ])("says %o is valid: %s", (d, valid) => {
    expect(isValidCivil(d)).toBe(valid);
  });

  it("orders dates by year, month, then day", () => {
    const dates = [civilDate(1, 3, 2020), civilDate(28, 2, 2020), civilDate(31, 12, 2019)];
    expect([...dates].sort(compareCivil)).toEqual([dates[2], dates[1], dates[0]]);
    expect(compareCivil(civilDate(28, 2, 2020), civilDate(28, 2, 2020))).toBe(0);
    expect(sameCivil(civilDate(28, 2, 2020), civilDate(28, 2, 2020))).toBe(true);
  });

  it("formats as dd/mm/yyyy with leading zeros", () => {
    expect(formatCivil(civilDate(5, 3, 2020))).toBe("05/03/2020");
    expect(formatCivil(civilDate(28, 12, 2020))).toBe("28/12/2020");
  });

  it.each([
    [civilDate(27, 2, 2020), true],
    [civilDate(28, 2, 2020), true],
    [civilDate(29, 2, 2020), false],
    [civilDate(1, 3, 2020), false],
  ])("with a deadline of 28/02/2020 counts %o as on time: %s", (d, onTime) => {
    expect(isOnTime(d, civilDate(28, 2, 2020))).toBe(onTime);
  });
});
