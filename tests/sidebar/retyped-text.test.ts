import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterTabName, REG } from "../../src/core/contract/workbook";
import { nameKey } from "../../src/core/text/name-key";
import { cleanRetypable, RETYPED_EXAMPLES } from "../helpers/retyped-text";
import { individual, run, sidebarWorkbook, submission, UNIT3 } from "./sidebar-workbook";

const TAB3 = clusterTabName("3");
type Written = { ok: true; rows: { row: number }[] } | { ok: false; message: string };
type Row = { row: number; fingerprint: string };

/** What the sidebar stored in a row's text cells, as the sheet holds it. */
function storedTexts(wb: ReturnType<typeof sidebarWorkbook>, row: number) {
  const get = (h: string) => wb.get(TAB3, row, h);
  return { name: get(REG.person), position: get(REG.position), initiative: get(REG.initiative) };
}

describe("text the sidebar stores for a user", () => {
  it("reads back byte for byte, whatever Sheets would re-type it as (property over numbers, dates, times, currencies, fractions)", () => {
    const wb = sidebarWorkbook();
    const used = new Set<string>();
    fc.assert(
      fc.property(
        fc.uniqueArray(cleanRetypable, { minLength: 1, maxLength: 6, selector: nameKey }),
        fc.array(cleanRetypable, { minLength: 6, maxLength: 6 }),
        (names, others) => {
          const fresh = names.filter((n) => !used.has(nameKey(n)));
          fc.pre(fresh.length > 0);
          for (const n of fresh) used.add(nameKey(n));
          const people = fresh.map((n, i) => individual(n, "LĐTT", others[i] ?? "", others[5 - i] ?? ""));
          const result = run<Written>(wb, "submitRegistrations", submission(UNIT3, people));
          expect(result.ok, JSON.stringify(result)).toBe(true);
          if (!result.ok) return;
          result.rows.forEach((r, i) => {
            const p = people[i]!;
            expect(storedTexts(wb, r.row)).toEqual({
              name: p.name,
              position: p.position,
              initiative: p.initiative,
            });
          });
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it("keeps the issue's cases exact through a correction too", () => {
    const wb = sidebarWorkbook();
    const result = run<Written>(wb, "submitRegistrations", submission(UNIT3, [individual("Trần Văn Sửa")]));
    if (!result.ok) throw new Error(result.message);
    const at = result.rows[0]!.row;
    for (const text of RETYPED_EXAMPLES) {
      const rows = run<{ registrations: Row[] }>(wb, "getUnitRegistrations", { cluster: "3", unit: UNIT3 });
      const target = rows.registrations.find((r) => r.row === at)!;
      const fixed = run(wb, "updateRegistration", {
        cluster: "3",
        row: at,
        fingerprint: target.fingerprint,
        person: "Trần Văn Sửa",
        position: text,
        title: "LĐTT",
        initiative: text,
      });
      expect(fixed.ok, `${text}: ${JSON.stringify(fixed)}`).toBe(true);
      expect(storedTexts(wb, at), text).toMatchObject({ position: text, initiative: text });
    }
  });

  it("is stored without an apostrophe in a column the office formatted as plain text", () => {
    const wb = sidebarWorkbook();
    const column = wb.col(TAB3, REG.position);
    const sheet = wb.sheet(TAB3);
    wb.untracked(() => sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setNumberFormat("@"));
    const people = RETYPED_EXAMPLES.map((t, i) => individual(`Người số ${"I".repeat(i + 1)}`, "LĐTT", "", t));
    const result = run<Written>(wb, "submitRegistrations", submission(UNIT3, people));
    if (!result.ok) throw new Error(result.message);
    result.rows.forEach((r, i) => {
      expect(wb.get(TAB3, r.row, REG.position)).toBe(RETYPED_EXAMPLES[i]);
    });
  });
});
