import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedDistance, distanceFrom } from "../../../src/core/text/edit-distance";

/** Plain Levenshtein distance, the reference the fast versions must agree with. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

const text = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "ơ", "đ"), maxLength });

describe("edit distance", () => {
  it("computes known distances", () => {
    expect(boundedDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedDistance("", "abc", 3)).toBe(3);
    expect(boundedDistance("abc", "abc", 0)).toBe(0);
    expect(boundedDistance("abcdef", "a", 2)).toBe(3);
    expect(distanceFrom("kitten")("sitting", 5)).toBe(3);
    expect(distanceFrom("phuong le loi")("phuong le lai", 3)).toBe(1);
  });

  it("agrees with plain Levenshtein within the bound, and reports bound + 1 beyond it", () => {
    fc.assert(
      fc.property(text(40), text(40), fc.nat(12), (a, b, bound) => {
        const d = levenshtein(a, b);
        const expected = d <= bound ? d : bound + 1;
        expect(boundedDistance(a, b, bound)).toBe(expected);
        expect(distanceFrom(a)(b, bound)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it("handles patterns of exactly 32 characters with the bit-parallel path", () => {
    const a = "abcdefghijklmnopqrstuvwxyzabcdef";
    expect(distanceFrom(a)(a, 0)).toBe(0);
    expect(distanceFrom(a)(`${a.slice(0, 31)}x`, 3)).toBe(1);
    expect(distanceFrom(a)(a.slice(1), 3)).toBe(1);
  });
});

describe("edit distance of long names", () => {
  const long = (maxLength: number) =>
    fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "ơ", "đ"), minLength: 30, maxLength });

  it("agrees with plain Levenshtein for patterns spanning several words", () => {
    fc.assert(
      fc.property(long(110), long(110), fc.nat(40), (a, b, bound) => {
        const d = levenshtein(a, b);
        expect(distanceFrom(a)(b, bound)).toBe(d <= bound ? d : bound + 1);
      }),
      { numRuns: 1_000 },
    );
  });

  it("measures the near misses of long unit names", () => {
    const name = "truong trung hoc co so nguyen van troi phuong xuan khanh";
    const from = distanceFrom(name);
    expect(from(name, 0)).toBe(0);
    expect(from("truong trung hoc co so nguyen van troi phuong xuan khan", 16)).toBe(1);
    expect(from("truong thcs nguyen van troi phuong xuan khanh", 16)).toBe(11);
    expect(from("truong trung hoc co so le loi phuong xuan khanh", 5)).toBe(6);
    // The 33rd character, the first of the second word, and the last.
    expect(from(`${name.slice(0, 32)}X${name.slice(33)}`, 3)).toBe(1);
    expect(from(`${name.slice(0, -1)}X`, 3)).toBe(1);
  });
});
