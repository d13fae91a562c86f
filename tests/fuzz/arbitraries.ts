/** The fuzz run's random inputs: payloads of the sidebar API, edits and paste events, workbook cells. */
import fc from "fast-check";
import { clusterTabName, TAB } from "../../src/core/contract/workbook";
import { cleanRetypable, retypable } from "../helpers/retyped-text";
import { UNIT3, UNIT4 } from "../sidebar/sidebar-workbook";

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

export const action = fc.oneof(
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
export const workbookEdit = fc.record({
  tab: fc.constantFrom(...TABS),
  row: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.constant(1)),
  column: fc.integer({ min: 1, max: 12 }),
  value: text,
});

export type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;
