import { describe, expect, it } from "vitest";
import { loadBundle } from "../../tools/gas-sandbox";
import { PreviewTodayError, previewToday, startClockOn } from "../../tools/preview/preview-today";

describe("PREVIEW_TODAY", () => {
  it("reads the dates Ngày tham chiếu accepts, and falls back to the demo's day, else to the real date", () => {
    expect(previewToday("20/02/2020")).toBe("20/02/2020");
    expect(previewToday(" 1/3/2020 ")).toBe("01/03/2020");
    expect(previewToday(undefined, "20/02/2020")).toBe("20/02/2020");
    expect(previewToday("", "20/02/2020")).toBe("20/02/2020");
    expect(previewToday(undefined)).toBeNull();
  });

  it("refuses what is not a day, in Vietnamese, saying how to write one", () => {
    for (const wrong of ["2020-02-20", "31/02/2020", "hôm nay"]) {
      expect(() => previewToday(wrong)).toThrow(PreviewTodayError);
      expect(() => previewToday(wrong)).toThrow(
        `PREVIEW_TODAY='${wrong}' không phải một ngày: hãy ghi dạng dd/mm/yyyy, ví dụ PREVIEW_TODAY=20/02/2020.`,
      );
    }
  });

  it("starts the script's clock on that day at the real time of day, then lets it run", async () => {
    const sandbox = loadBundle("function now() { return new Date().toISOString(); }");
    const real = Date.parse("2025-06-01T14:23:05+07:00");
    startClockOn(sandbox, "20/02/2020", real);
    const started = Date.parse(sandbox.call("now") as string);
    const expected = Date.parse("2020-02-20T14:23:05+07:00");
    expect(Math.abs(started - expected)).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Date.parse(sandbox.call("now") as string)).toBeGreaterThan(started);
  });
});
