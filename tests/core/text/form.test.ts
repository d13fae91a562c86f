import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNotNormalized, normalizedForm } from "../../../src/core/text/form";
import { cleanText } from "../../../src/core/text/normalize";

describe("isNotNormalized", () => {
  it.each([
    ["Phường Lê Lợi".normalize("NFD"), "Phường Lê Lợi"],
    [" Phường Lê Lợi", "Phường Lê Lợi"],
    ["Phường Lê Lợi ", "Phường Lê Lợi"],
    ["Phường  Lê Lợi", "Phường Lê Lợi"],
    ["Phường\u00a0Lê Lợi", "Phường Lê Lợi"],
    ["Phường\tLê Lợi", "Phường Lê Lợi"],
    ["Phường\nLê Lợi", "Phường Lê Lợi"],
    ["Phường Lê\u200b Lợi", "Phường Lê Lợi"],
    ["\ufeffPhường Lê Lợi", "Phường Lê Lợi"],
    ["Phường Lê\u2060Lợi", "Phường LêLợi"],
  ])("flags %j, whose normalised form is %j", (text, normal) => {
    expect(isNotNormalized(text)).toBe(true);
    expect(normalizedForm(text)).toBe(normal);
  });

  it.each(["Phường Lê Lợi", "Hoà", "Hòa", "Chiến sĩ thi đua cơ sở", "UBND", "", "a"])(
    "accepts %j as normalised",
    (text) => {
      expect(isNotNormalized(text)).toBe(false);
      expect(normalizedForm(text)).toBe(text);
    },
  );

  it("agrees with normalizedForm on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(isNotNormalized(s)).toBe(normalizedForm(s) !== s);
        expect(isNotNormalized(normalizedForm(s))).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  it("normalises like cleanText when there is no zero-width character", () => {
    expect(normalizedForm("  Xã\u00a0 Cổ   Đông ".normalize("NFD"))).toBe(cleanText("Xã Cổ Đông"));
  });
});
