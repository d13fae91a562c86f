import { describe, expect, it } from "vitest";
import { HEADERS, TAB, UNIT } from "../../../src/core/contract/workbook";
import { FINDING_CODES } from "../../../src/core/findings/catalogue";
import { GUIDE_ROWS } from "../../../src/core/template/guide";
import { TEMPLATE, TEMPLATE_TABS, type TemplateRow } from "../../../src/core/template/index";
import { DEMO_UNIT_ROWS } from "../../../tools/demo/units";

const tables: readonly [string, readonly TemplateRow[]][] = [
  ...TEMPLATE_TABS.map((tab): [string, readonly TemplateRow[]] => [tab, TEMPLATE[tab]]),
  [TAB.units, DEMO_UNIT_ROWS],
];

/** Every string of the template data, with where it is. */
function* allStrings(): Generator<[string, string]> {
  for (const [tab, rows] of tables) {
    for (const [i, row] of rows.entries()) {
      for (const [h, v] of Object.entries(row)) {
        yield [`${tab} header`, h];
        if (typeof v === "string") yield [`${tab} row ${i + 1} ${h}`, v];
      }
    }
  }
  for (const [i, row] of GUIDE_ROWS.entries()) for (const cell of row) yield [`guide row ${i + 1}`, cell];
  for (const f of FINDING_CODES) yield [`finding ${f.code}`, f.summary];
}

describe("template rows", () => {
  it("are keyed by exactly the contract's headers of their tab", () => {
    for (const [tab, rows] of tables) {
      const headers = HEADERS[tab];
      expect(headers, tab).toBeDefined();
      for (const row of rows) expect(Object.keys(row).sort(), tab).toEqual([...(headers ?? [])].sort());
    }
  });

  it("hold only NFC text, trimmed, without doubled spaces", () => {
    for (const [where, s] of allStrings()) {
      expect(s.normalize("NFC"), where).toBe(s);
      expect(s.trim(), where).toBe(s);
      expect(/\s{2,}/.test(s), `${where}: "${s}"`).toBe(false);
    }
  });

  it("contain no legacy-encoding debris or OCR slips of the seed", () => {
    for (const [where, s] of allStrings()) {
      expect(/TDKT|Son Tây|Quy IV|diễn hành|anh ninh/.test(s), `${where}: "${s}"`).toBe(false);
    }
  });

  it("give the demo units names unique within the workbook", () => {
    const names = DEMO_UNIT_ROWS.map((r) => String(r[UNIT.name]).toLocaleLowerCase("vi"));
    expect(new Set(names).size).toBe(names.length);
  });
});
