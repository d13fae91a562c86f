import { beforeAll, describe, expect, it } from "vitest";
import { cleanWorkbook, registrationsOfSize, type Workbook } from "../../tools/fixtures/clean-workbook";

/** Every unit has rows in both: 20 and 300 rows per cluster tab, so the lists have the same sections. */
const SMALL = 20 * 10;
const LARGE = 300 * 10;

function calls(wb: Workbook, action: string): { count: number; summary: Record<string, number> } {
  wb.sb.call(action); // warm: the BC tab exists from now on, as after any first run
  wb.sb.services.calls.reset();
  wb.sb.call(action);
  expect(wb.sb.services.ui.alerts).toEqual([]);
  return { count: wb.sb.services.calls.count(), summary: wb.sb.services.calls.summary() };
}

describe("service calls of the documents", () => {
  let small: Workbook;
  let large: Workbook;
  beforeAll(() => {
    small = cleanWorkbook({ registrations: registrationsOfSize(SMALL) });
    large = cleanWorkbook({ registrations: registrationsOfSize(LARGE) });
  }, 300_000);

  for (const action of ["reportRegistrationList", "reportSummary"]) {
    it(`are the same for ${action} on 20 and on 300 rows per cluster tab`, () => {
      const a = calls(small, action);
      const b = calls(large, action);
      expect(b.summary).toEqual(a.summary);
      expect(b.count).toBe(a.count);
      // The whole list goes into the Doc in one appendTable per table.
      expect(a.summary["Body.appendTable"]).toBeLessThanOrEqual(4);
    }, 300_000);
  }
});
