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
import { clusterTabName, REG, TAB } from "../../src/core/contract/workbook";
import { builtBundle, Workbook } from "../../tools/fixtures/clean-workbook";
import { editEvent, loadBundle, snapshot, typeInto } from "../../tools/gas-sandbox";
import { cleanRetypable, retypable } from "../helpers/retyped-text";
import { actAs, HEAD3, sidebarWorkbook, UNIT3, UNIT4 } from "../sidebar/sidebar-workbook";
import {
  blank,
  type CellChange,
  changes,
  columnOf,
  type Dump,
  dumpOf,
  UPDATE_HEADERS,
  WITHDRAW_HEADERS,
} from "./model";

const TAB3 = clusterTabName("3");
const TAB4 = clusterTabName("4");
const TABS = [TAB3, TAB4, TAB.units, TAB.clusters, TAB.config, TAB.titles, TAB.timeline];

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  retypable,
  fc.constantFrom(
    UNIT3,
    UNIT4,
    "LĐTT",
    "CSTĐCS",
    "Lao động tiên tiến",
    "Tập thể",
    "Cá nhân",
    "=A1",
    "",
    " ",
    "#N/A",
  ),
  fc.constant("Dài ".repeat(600)),
);
const title = fc.oneof(fc.constantFrom("LĐTT", "CSTĐCS", "TTLĐTT", "Lao động tiên tiến"), text);
const individual = fc.record({ name: text, position: text, title, initiative: text });
const cluster = fc.oneof(fc.constantFrom("3", "3", "4", " 3 ", "99", ""), text);
const unit = fc.oneof(fc.constantFrom(UNIT3, UNIT3, UNIT4, UNIT3.toUpperCase()), text);
const submission = fc.record({
  cluster,
  unit,
  collective: fc.option(fc.record({ title, initiative: text })),
  individuals: fc.array(individual, { maxLength: 4 }),
});
/** A submission the server may well accept: cluster 3's unit, LĐTT, a name that reads as one. */
const name = fc.oneof(
  cleanRetypable,
  fc.constantFrom("Lê Văn Một", "Trần Thị Hai", "Phạm Ba", "Đỗ Thị Bốn"),
  fc.string({ minLength: 2, maxLength: 12 }).map((x) => `Nguyễn ${x}`),
);
const plausible = fc.record({
  cluster: fc.constant("3"),
  unit: fc.constant(UNIT3),
  collective: fc.constant(null),
  individuals: fc.uniqueArray(
    fc.record({ name, position: text, title: fc.constant("LĐTT"), initiative: text }),
    { minLength: 1, maxLength: 3, selector: (p) => p.name.toLowerCase() },
  ),
});

/** A row to correct or withdraw: a real one (its fingerprint fetched first) or anything. */
const rowRef = fc.record({
  cluster: fc.oneof({ weight: 3, arbitrary: fc.constant("3") }, { weight: 1, arbitrary: cluster }),
  pick: fc.nat(),
  real: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  row: fc.integer({ min: -2, max: 400 }),
  fingerprint: text,
});

const action = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("submit" as const),
      payload: fc.oneof(plausible, plausible, submission, fc.anything()),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("update" as const),
      ref: rowRef,
      fields: fc.oneof(
        individual,
        fc.record({ name, position: name, title: fc.constant("LĐTT"), initiative: name }),
        fc.record({ name, position: name, title: fc.constant("LĐTT"), initiative: name }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("withdraw" as const), ref: rowRef }) },
  fc.record({
    kind: fc.constant("rows" as const),
    payload: fc.oneof(fc.record({ cluster, unit }), fc.anything()),
  }),
  fc.constant({ kind: "context" as const }),
  fc.record({
    kind: fc.constant("type" as const),
    tab: fc.constantFrom(...TABS),
    row: fc.integer({ min: 1, max: 60 }),
    column: fc.integer({ min: 1, max: 13 }),
    value: text,
  }),
  fc.record({
    kind: fc.constant("paste" as const),
    tab: fc.constantFrom(TAB3, TAB3, TAB4, TAB.units),
    row: fc.integer({ min: 1, max: 70 }),
    column: fc.integer({ min: 1, max: 4 }),
    values: fc.array(fc.array(text, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant("oddEvent" as const),
    event: fc.constantFrom(undefined, {}, { range: null }),
  }),
);

/** Cells typed before the run: mostly data rows, a header now and then. */
const workbookEdit = fc.record({
  tab: fc.constantFrom(...TABS),
  row: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.constant(1)),
  column: fc.integer({ min: 1, max: 12 }),
  value: text,
});

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
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

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

/** Why a change is not allowed after a sidebar call, or null when WORKBOOK.md allows it. */
function sidebarVeto(c: CellChange, before: Dump, ok: boolean, kind: string, row: number): string | null {
  if (!ok) return "a refused call writes nothing";
  const lastBefore = before[c.tab]?.length ?? 0;
  if (c.tab === TAB.log) return c.row > lastBefore ? null : "the log is only appended to";
  if (c.tab !== TAB3) return "outside the caller's cluster tab";
  if (c.row === 1) return "a header";
  const header = (h: string) => columnOf(before, TAB3, h);
  if (c.column === header(REG.status)) return null;
  if (kind === "submit" && c.row > lastBefore) return null;
  if (kind === "update" && c.row === row && UPDATE_HEADERS.some((h) => header(h) === c.column)) return null;
  if (kind === "withdraw" && c.row === row && WITHDRAW_HEADERS.some((h) => header(h) === c.column))
    return null;
  return "a data cell the call may not write";
}

/** Why a change is not allowed after onEdit of `rows` of `tab`, or null (status; blank stamps, never a formula). */
function editVeto(c: CellChange, before: Dump, tab: string, rows: [number, number]): string | null {
  if (c.tab !== tab || !tab.startsWith("Cụm ")) return "outside the edited cluster tab";
  if (c.row < Math.max(rows[0], 2) || c.row > rows[1]) return "outside the edited rows";
  const header = (h: string) => columnOf(before, tab, h);
  if (c.column === header(REG.status)) return null;
  const stamp = c.column === header(REG.date) || c.column === header(REG.enteredBy);
  if (stamp && blank(c.before) && !String(c.before ?? "").startsWith("=")) return null;
  return "a data cell the live check may not write";
}

function expectOnly(list: CellChange[], veto: (c: CellChange) => string | null): void {
  const bad = list.flatMap((c) => {
    const why = veto(c);
    return why
      ? [`${c.tab}!R${c.row}C${c.column} ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}: ${why}`]
      : [];
  });
  expect(bad).toEqual([]);
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
