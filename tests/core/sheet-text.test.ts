import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asLiteral, fitCell, MAX_CELL_CHARS, needsQuote } from "../../src/core/sheet-text";
import { parseTypedInput } from "../../tools/gas-sandbox";
import { RETYPED_EXAMPLES, retypable } from "../helpers/retyped-text";

const ZONE = "Asia/Ho_Chi_Minh";
/** What a cell holds after `text` is written to it, by the sandbox's model of vi_VN typed input. */
const stored = (text: string, format?: string) => {
  const parsed = parseTypedInput(text, ZONE, format, Date.UTC(2020, 1, 15));
  return parsed.kind === "formula" ? { formula: parsed.formula } : parsed.value;
};

describe("text the add-on writes", () => {
  it("is quoted in each case of the issue that Sheets would re-type", () => {
    for (const s of RETYPED_EXAMPLES) {
      expect(stored(s), s).not.toBe(s);
      expect(needsQuote(s), s).toBe(true);
      expect(stored(asLiteral(s)), s).toBe(s);
    }
  });

  it("reads back exactly as written, for any mix of numbers, dates, times, currencies and fractions", () => {
    fc.assert(
      fc.property(fc.oneof(retypable, fc.string(), fc.string({ unit: "grapheme" })), (s) => {
        expect(stored(asLiteral(s))).toBe(s);
      }),
      { numRuns: 3_000 },
    );
  });

  it("meets text Sheets re-types in a fair share of the generated strings", () => {
    const sample = fc.sample(retypable, { numRuns: 1_000, seed: 7 });
    expect(sample.filter((s) => stored(s) !== s).length).toBeGreaterThan(300);
  });

  it("is written bare when it starts with a letter, holds no digit and is no boolean", () => {
    for (const s of ["Lao động tiên tiến", "Hợp lệ", "Phường Lê Lợi", "Đội dân phòng"]) {
      expect(needsQuote(s), s).toBe(false);
      expect(asLiteral(s)).toBe(s);
    }
    expect(needsQuote("true")).toBe(true);
    expect(needsQuote("Đội 3")).toBe(true);
  });

  it("is not quoted in a cell formatted as plain text, where an apostrophe would stay", () => {
    for (const s of RETYPED_EXAMPLES) expect(stored(asLiteral(s, true), "@"), s).toBe(s);
  });

  it("never exceeds a cell's 50 000 characters, apostrophe included, and says it was clipped", () => {
    const long = `1${"x".repeat(60_000)}`;
    const written = asLiteral(long);
    expect(written.length).toBe(MAX_CELL_CHARS);
    expect(written.startsWith("'1x")).toBe(true);
    expect(written.endsWith("…")).toBe(true);
    expect(asLiteral("a".repeat(MAX_CELL_CHARS))).toBe("a".repeat(MAX_CELL_CHARS));
    expect(fitCell(`${"a".repeat(9)}😀`, 10)).toBe(`${"a".repeat(9)}…`);
  });
});
