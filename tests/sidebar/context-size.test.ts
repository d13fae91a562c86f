import { beforeAll, describe, expect, it } from "vitest";
import { SETTING } from "../../src/core/contract/workbook";
import { type Workbook, workbookWithRows } from "../../tools/fixtures/clean-workbook";
import { ADMIN, actAs } from "./sidebar-workbook";

/** The bound stated in the README: the context carries no registration row. */
const CONTEXT_BOUND_BYTES = 32 * 1024;
/** A unit's rows, fetched when it is chosen: a few hundred bytes each. */
const BYTES_PER_ROW = 400;

type Context = { ok: true; clusters: { id: string; units: { name: string; registered: number }[] }[] };

function asAdmin(rows: number): Workbook {
  const wb = workbookWithRows(rows);
  wb.setSetting(SETTING.adminEmails, ADMIN);
  actAs(wb, ADMIN);
  return wb;
}

const json = (wb: Workbook, name: string, ...args: unknown[]) => JSON.stringify(wb.sb.call(name, ...args));

describe("what the sidebar opens with, for an admin (every cluster)", () => {
  let small: string;
  let large: string;
  let largeWb: Workbook;
  beforeAll(() => {
    small = json(asAdmin(100), "getRegistrationContext");
    largeWb = asAdmin(50_000);
    large = json(largeWb, "getRegistrationContext");
  }, 300_000);

  it(`stays under ${CONTEXT_BOUND_BYTES / 1024} KB at 50 000 rows: clusters, units and titles, no row`, () => {
    const context = JSON.parse(large) as Context;
    expect(context.ok).toBe(true);
    expect(context.clusters.flatMap((c) => c.units).reduce((n, u) => n + u.registered, 0)).toBe(50_000);
    expect(large.length).toBeLessThan(CONTEXT_BOUND_BYTES);
    console.info(`context: ${small.length} bytes at 100 rows, ${large.length} bytes at 50 000 rows`);
  });

  it("is the same size at 100 rows as at 50 000, but for the digits of the counts", () => {
    expect(Math.abs(large.length - small.length)).toBeLessThan(500);
  });

  it("sends a unit's rows when it is chosen, a few hundred bytes each", () => {
    const context = JSON.parse(large) as Context;
    const unit = context.clusters.find((c) => c.id === "3")!.units[0]!;
    const rows = json(largeWb, "getUnitRegistrations", { cluster: "3", unit: unit.name });
    const list = (JSON.parse(rows) as { registrations: unknown[] }).registrations;
    expect(list).toHaveLength(unit.registered);
    expect(list.length).toBeGreaterThan(500);
    expect(rows.length / list.length).toBeLessThan(BYTES_PER_ROW);
  });
});
