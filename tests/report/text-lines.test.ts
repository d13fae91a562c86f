import { describe, expect, it } from "vitest";
import { balancedLines, wrapWords } from "../../tools/report/text-lines";
import { textWidthPt } from "../../tools/report/text-width";

describe("measuring text in Times New Roman", () => {
  it("uses the font's advance widths, bold wider than regular", () => {
    expect(textWidthPt("M", 1000)).toBe(889);
    expect(textWidthPt("M", 1000, true)).toBe(944);
    expect(textWidthPt("Số 1", 10)).toBeCloseTo((556 + 500 + 250 + 500) / 100);
  });

  it("gives a Vietnamese letter the width of its base letter", () => {
    expect(textWidthPt("ỘƯĐđ", 10, true)).toBe(textWidthPt("OUDd", 10, true));
    expect(textWidthPt("ệ".normalize("NFD"), 10)).toBeGreaterThanOrEqual(textWidthPt("e", 10));
  });
});

describe("breaking lines", () => {
  it("leaves a text that fits on one line alone", () => {
    expect(balancedLines("UBND THỊ XÃ SƠN TÂY", 13, 200)).toEqual(["UBND THỊ XÃ SƠN TÂY"]);
  });

  it("breaks a two-line text where the lines are most even, never before a dash", () => {
    const lines = balancedLines("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", 13, 180, true);
    expect(lines).toEqual(["HỘI ĐỒNG THI ĐUA –", "KHEN THƯỞNG"]);
    for (const l of lines) expect(textWidthPt(l, 13, true)).toBeLessThanOrEqual(180);
  });

  it("leaves a text that needs three lines to the renderer", () => {
    expect(balancedLines("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", 13, 60, true)).toEqual([
      "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
    ]);
  });

  it("wraps words to a width and keeps a word longer than the width whole", () => {
    const lines = wrapWords("Cờ thi đua của UBND Thành phố", 13, 60);
    expect(lines.join(" ")).toBe("Cờ thi đua của UBND Thành phố");
    for (const l of lines) expect(l.includes(" ") ? textWidthPt(l, 13) <= 60 : true).toBe(true);
    expect(wrapWords("Supercalifragilistic", 13, 10)).toEqual(["Supercalifragilistic"]);
  });
});
