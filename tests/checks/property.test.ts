import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cell";
import { checkWorkbook } from "../../src/core/checks/check-workbook";
import { clusterTabName, REQUIRED_TABS, STATUS_HEADER, TAB, TASK } from "../../src/core/contract/workbook";
import type { Grid, Snapshot } from "../../src/core/table";
import { cleanWorkbook, REPORT_TAB, summaryCounts, type Workbook } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";

const SETUP_TABS = REQUIRED_TABS;
const CLUSTER_TABS = Array.from({ length: 10 }, (_, i) => clusterTabName(String(i + 1)));

/** Any value a cell may hand the script, and some nasty texts. */
const cellValue: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "31/02/2020",
    "29/02/2020",
    "=A1",
    "+1",
    "-",
    "@x",
    "Ph¹m V¨n Hïng",
    "Phaïm Vaên Huøng",
    "Cá nhân".normalize("NFD"),
    "Tập thể",
    "Cá nhân",
    "LĐTT",
    "CSTĐCS",
    "15% LĐTT",
    "Chỉ tập thể",
    "1",
    "11",
    "Phòng Nội vụ",
    " ",
    "#REF!",
  ),
  fc.integer(),
  fc.double(),
  fc.constant(Number.NaN),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

interface Edit {
  tab: string;
  row: number;
  col: number;
  value: Cell;
}

const edit = (tabs: readonly string[], maxRow: number): fc.Arbitrary<Edit> =>
  fc.record({
    tab: fc.constantFrom(...tabs),
    row: fc.integer({ min: 0, max: maxRow }),
    col: fc.integer({ min: 0, max: 10 }),
    value: cellValue,
  });

/** Edits anywhere in the setup tabs (headers included, rarely) and in cluster-tab rows. */
const edits = fc.tuple(
  fc.array(edit(SETUP_TABS, 30), { maxLength: 6 }),
  fc.array(edit(CLUSTER_TABS, 40), { minLength: 1, maxLength: 25 }),
);

function applyEdits(base: Snapshot, list: readonly Edit[]): Snapshot {
  const grids = base.grids.map((g) => ({ name: g.name, values: g.values.map((r) => [...r]) }));
  for (const e of list) {
    const grid = grids.find((g) => g.name === e.tab);
    if (!grid) continue;
    // Headers (row 0) are hit in about one edit in ten: keep most runs about data.
    const row = e.row === 0 && e.col % 3 !== 0 ? 1 : e.row;
    while (grid.values.length <= row) grid.values.push([]);
    const cells = grid.values[row] as Cell[];
    while (cells.length <= e.col) cells.push("");
    cells[e.col] = e.value;
  }
  return { grids: grids as Grid[] };
}

describe("the check engine on arbitrary cell values", () => {
  let wb: Workbook;
  let base: Snapshot;
  beforeAll(() => {
    wb = cleanWorkbook();
    base = wb.coreSnapshot();
  });

  it("never throws in the core checkWorkbook", () => {
    fc.assert(
      fc.property(edits, ([setup, regs]) => {
        const result = checkWorkbook(applyEdits(base, [...setup, ...regs]), new Date(2020, 2, 15));
        for (const f of result.findings) expect(f.code).toMatch(/^[A-Z]{2}\d{2}$/);
        for (const s of result.statuses) for (const r of s.rows) expect(typeof r.text).toBe("string");
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** A cell as a comparable token (Invalid Dates and NaN included). */
function token(v: unknown): string {
  if (Object.prototype.toString.call(v) === "[object Date]") return `D${(v as Date).getTime()}`;
  if (typeof v === "number") return `N${Object.is(v, -0) ? "-0" : String(v)}`;
  return `${typeof v}:${String(v)}`;
}

/** Every tab but `BC …` and `Nhật ký`, without the status columns the check may write. */
function userData(wbk: Workbook): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const [name, rows] of Object.entries(snapshot(wbk.ss))) {
    if (name.startsWith("BC ") || name === TAB.log) continue;
    const header = (rows[0] ?? []).map(String);
    const skip = new Set(
      header
        .map((h, i) => (h === STATUS_HEADER || (name === TAB.timeline && h === TASK.state) ? i : -1))
        .filter((i) => i >= 0),
    );
    const kept = rows.map((r) => r.filter((_, i) => !skip.has(i)).map(token));
    // Clearing an old status may shrink the used area: trailing blank rows are no data.
    while (kept.length > 0 && (kept[kept.length - 1] ?? []).every((t) => t === "string:")) kept.pop();
    out[name] = kept;
  }
  return out;
}

/** What to type so the cell stores `v`: text keeps a leading apostrophe when it would be parsed. */
function typed(v: Cell): unknown {
  if (typeof v !== "string" || v === "") return v;
  return /^[=+\-@']|^\s*[\d(]|^\s*(true|false)\s*$/i.test(v) || /\d+\/\d+\/\d+/.test(v) ? `'${v}` : v;
}

describe("Kiểm tra dữ liệu through the bundle on arbitrary cell values", () => {
  it("never fails and leaves every user data cell byte-identical", () => {
    fc.assert(
      fc.property(edits, ([setup, regs]) => {
        const wbk = cleanWorkbook();
        for (const e of [...setup, ...regs]) {
          const sheet = wbk.sheet(e.tab);
          const row = e.row === 0 && e.col % 3 !== 0 ? 2 : e.row + 1;
          wbk.untracked(() => sheet.getRange(row, e.col + 1).setValues([[typed(e.value)]]));
        }
        const before = userData(wbk);
        const alert = wbk.checkData();
        expect(alert).not.toContain("lỗi ngoài dự kiến");
        expect(() => summaryCounts(alert)).not.toThrow();
        expect(userData(wbk)).toEqual(before);
        expect(snapshot(wbk.ss)[REPORT_TAB]).toBeDefined();
      }),
      { numRuns: 6 },
    );
  }, 180_000);
});
