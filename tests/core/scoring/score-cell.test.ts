import { describe, expect, it } from "vitest";
import { formatPoints, readScoreCell } from "../../../src/core/scoring/score-cell";

describe("readScoreCell", () => {
  it("reads blanks, numbers within 0..max, and clamps numbers outside with a DI01 reason", () => {
    expect(readScoreCell("", 10)).toEqual({ kind: "blank" });
    expect(readScoreCell(7.5, 10)).toEqual({ kind: "number", value: 7.5, points: 7.5, problem: "" });
    expect(readScoreCell(12, 10)).toMatchObject({
      points: 10,
      problem: expect.stringContaining("vượt điểm tối đa 10"),
    });
    expect(readScoreCell(-1, 10)).toMatchObject({ points: 0, problem: expect.stringContaining("số âm") });
  });

  it("rejects text, with a hint for a decimal point", () => {
    expect(readScoreCell("7.5", 10)).toMatchObject({
      kind: "invalid",
      problem: expect.stringContaining("hãy gõ 7,5"),
    });
    expect(readScoreCell("tốt", 10)).toMatchObject({
      kind: "invalid",
      problem: expect.stringContaining("'tốt'"),
    });
  });

  it("formats points with a decimal comma", () => {
    expect(formatPoints(69.845)).toBe("69,85");
    expect(formatPoints(70)).toBe("70");
  });
});
