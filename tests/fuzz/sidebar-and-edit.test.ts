/**
 * A fuzz run of the sidebar API and onEdit on random workbooks (fast-check): random cells
 * typed into the setup tabs and the cluster tabs (headers now and then), then a random
 * sequence of calls with random payloads, each one checked against three properties:
 *  1. no exception escapes to the user (every sidebar call returns plain JSON with `ok`);
 *  2. nothing is written outside the caller's cluster tab and `Nhật ký`;
 *  3. no data cell changes that WORKBOOK.md does not allow ("The add-on writes only to").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtBundle, Workbook } from "../../tools/fixtures/clean-workbook";
import { editEvent, loadBundle, snapshot, typeInto } from "../../tools/gas-sandbox";
import { actAs, HEAD3, sidebarWorkbook, UNIT3 } from "../sidebar/sidebar-workbook";
import { type Action, action, workbookEdit } from "./arbitraries";
import { changes, dumpOf, editVeto, expectOnly, sidebarVeto } from "./model";

type Wb = Workbook;

let base: Record<string, unknown[][]> | undefined;
/** The sidebar's workbook, rebuilt from its values in a fresh sandbox (faster than setting it up each run). */
function freshWorkbook(): Wb {
  base ??= Object.fromEntries(
    Object.entries(snapshot(sidebarWorkbook().ss)).map(([tab, rows]) => [
      tab,
      rows.map((r) => r.map((v) => (typeof v === "string" && v !== "" ? `'${v}` : v))),
    ]),
  );
  const wb = new Workbook(loadBundle(builtBundle(), { tabs: base, filename: "Code.js", buildDir: "build" }));
  actAs(wb, HEAD3);
  return wb;
}

/** How often each kind of call succeeded: the run must not be vacuous. */
const succeeded = new Map<string, number>();
const count = (kind: string) => succeeded.set(kind, (succeeded.get(kind) ?? 0) + 1);

/** A google.script.run call as the client sees it: it must not throw, and returns plain JSON with `ok`. */
function callSidebar(wb: Wb, name: string, payload?: unknown): Record<string, unknown> {
  const raw = payload === undefined ? wb.sb.call(name) : wb.sb.call(name, payload);
  const plain = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
  expect(plain).toEqual(raw);
  expect(typeof plain.ok, JSON.stringify(plain).slice(0, 200)).toBe("boolean");
  expect(String(plain.message ?? "")).not.toContain("lỗi ngoài dự kiến");
  return plain;
}

function realRow(wb: Wb, ref: { pick: number; real: boolean; row: number; fingerprint: string }) {
  if (!ref.real) return { row: ref.row, fingerprint: ref.fingerprint };
  const rows = callSidebar(wb, "getUnitRegistrations", { cluster: "3", unit: UNIT3 }).registrations as
    | { row: number; fingerprint: string }[]
    | undefined;
  const target = rows?.[ref.pick % Math.max(rows.length, 1)];
  return target ?? { row: ref.row, fingerprint: ref.fingerprint };
}

function run(wb: Wb, a: Action): void {
  const before = dumpOf(wb);
  if (a.kind === "type" || a.kind === "paste" || a.kind === "oddEvent") {
    let event: unknown = a.kind === "oddEvent" ? a.event : undefined;
    let rows: [number, number] = [0, -1];
    let tab = "";
    if (a.kind === "type") {
      const range = wb.untracked(() => wb.sheet(a.tab).getRange(a.row, a.column));
      event = typeInto(range, a.value);
      [tab, rows] = [a.tab, [a.row, a.row]];
    } else if (a.kind === "paste") {
      const range = wb.untracked(() => wb.sheet(a.tab).getRange(a.row, a.column, a.values.length, 8));
      wb.untracked(() => range.setValues(a.values.map((r) => [...r])));
      event = editEvent(range);
      [tab, rows] = [a.tab, [a.row, a.row + a.values.length - 1]];
    }
    const typed = dumpOf(wb);
    expect(() => wb.sb.call("onEdit", event)).not.toThrow();
    const written = changes(typed, dumpOf(wb));
    expectOnly(written, (c) => editVeto(c, typed, tab, rows));
    if (written.length > 0) count("onEdit");
    return;
  }
  // Reads write nothing: a read's result is checked, and any change after it is vetoed.
  let ok = false;
  let row = 0;
  if (a.kind === "context") callSidebar(wb, "getRegistrationContext");
  if (a.kind === "rows") callSidebar(wb, "getUnitRegistrations", a.payload);
  if (a.kind === "submit") ok = callSidebar(wb, "submitRegistrations", a.payload).ok === true;
  if (a.kind === "update" || a.kind === "withdraw") {
    const target = realRow(wb, a.ref);
    row = target.row;
    const payload = {
      cluster: a.ref.cluster,
      ...target,
      ...(a.kind === "update" ? { ...a.fields, person: a.fields.name } : {}),
    };
    ok =
      callSidebar(wb, a.kind === "update" ? "updateRegistration" : "withdrawRegistration", payload).ok ===
      true;
  }
  if (ok) count(a.kind);
  expectOnly(changes(before, dumpOf(wb)), (c) => sidebarVeto(c, before, ok, a.kind, row));
}

describe("a fuzz run of the sidebar API and onEdit on random workbooks", () => {
  it("lets no exception escape, writes nothing outside the caller's cluster, and changes only the cells the contract allows", () => {
    fc.assert(
      fc.property(
        fc.array(workbookEdit, { maxLength: 12 }),
        fc.array(action, { minLength: 1, maxLength: 6 }),
        (edits, actions) => {
          const wb = freshWorkbook();
          for (const e of edits) {
            wb.untracked(() => wb.sheet(e.tab).getRange(e.row, e.column).setValue(e.value));
          }
          for (const a of actions) run(wb, a);
        },
      ),
      { numRuns: 60 },
    );
    // Not vacuous: writes of every kind were made, and checked.
    for (const kind of ["submit", "update", "withdraw", "onEdit"])
      expect(succeeded.get(kind) ?? 0, kind).toBeGreaterThan(0);
  }, 600_000);
});
