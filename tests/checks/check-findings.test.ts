import { describe, expect, it } from "vitest";
import { workbookWithRows } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";

// `checkFindings_`, what the offline checker runs without --out: the findings of `checkData_`,
// nothing written.
describe("checkFindings_", () => {
  it("returns what checkData_ returns and leaves the workbook as it was", () => {
    const wb = workbookWithRows(200);
    wb.sb.services.calls.reset();
    const before = snapshot(wb.ss);
    const quiet = JSON.parse(JSON.stringify(wb.sb.call("checkFindings_")));
    expect(snapshot(wb.ss)).toEqual(before);
    expect(wb.sb.services.calls.count(/\.(setValues|setValue|setBackgrounds|insertSheet|clear)/)).toBe(0);
    const full = JSON.parse(JSON.stringify(wb.sb.call("checkData_")));
    expect(snapshot(wb.ss)).not.toEqual(before);
    expect(quiet.findings.length).toBeGreaterThan(10);
    expect(quiet).toEqual(full);
  });
});
