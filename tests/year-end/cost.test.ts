import { beforeAll, describe, expect, it } from "vitest";
import { OUTCOME, RESULT } from "../../src/core/contract/workbook";
import type { DocumentModel } from "../../src/core/documents/model";
import { CLUSTER_IDS, type Workbook, workbookWithRows } from "../../tools/fixtures/clean-workbook";
import { setResults } from "../../tools/fixtures/year-end-workbook";

// The year-end actions make the same service calls whatever the number of registration rows:
// every row `Đạt`, on 100 and on 2 000 rows. The proposal documents' section and total rows
// (one per level, title and unit: never per registration) are made bold cell by cell.

const SMALL = 100;
const LARGE = 2_000;
const tabs = CLUSTER_IDS.map((id) => `Cụm ${id}`);

function yearEnd(rows: number): Workbook {
  const wb = workbookWithRows(rows);
  for (const tab of tabs) setResults(wb, tab, () => ({ [RESULT.outcome]: OUTCOME.passed }));
  return wb;
}

/** The calls of one run of a menu function (answering Có to its question). */
function calls(wb: Workbook, fn: string): { count: number; summary: Record<string, number> } {
  wb.sb.services.calls.reset();
  wb.sb.services.ui.alertAnswers.push("YES");
  wb.sb.call(fn);
  wb.sb.services.ui.alertAnswers.length = 0;
  return { count: wb.sb.services.calls.count(), summary: wb.sb.services.calls.summary() };
}

describe("service calls of the year-end actions", () => {
  const runs: Record<string, { count: number; summary: Record<string, number> }>[] = [];
  const boldCells: number[] = [];
  beforeAll(() => {
    for (const size of [SMALL, LARGE]) {
      const wb = yearEnd(size);
      wb.sb.call("buildProposalList"); // the report tab exists from now on, as after any first run
      const proposals = calls(wb, "buildProposalList");
      const { documents } = wb.sb.call("buildProposalList_") as { documents: DocumentModel[] };
      boldCells.push(sectionCells(documents));
      const close = calls(wb, "closeEmulationYear");
      for (const tab of tabs) setResults(wb, tab, () => ({ [RESULT.decisionNo]: "120/QĐ-UBND" }));
      const update = calls(wb, "closeEmulationYear");
      const next = calls(wb, "createNextYearBook");
      const alerts = wb.sb.services.ui.alerts.map((a) => a.prompt).join("\n");
      if (!alerts.includes(`cập nhật`) || alerts.includes("ngoài dự kiến")) throw new Error(alerts);
      runs.push({ proposals, close, update, next });
    }
  }, 300_000);

  /** A run's calls but the one that grows a tab to fit appended rows (a new tab has 1 000). */
  const steady = (summary: Record<string, number> = {}) => {
    const { "Sheet.insertRowsAfter": grow = 0, ...rest } = summary;
    expect(grow).toBeLessThanOrEqual(1);
    return rest;
  };

  /** A run's calls, the documents' section cells left out (compared apart). */
  const perRow = (summary: Record<string, number> = {}) => {
    const { "Table.getCell": _cells, "TableCell.setAttributes": _bold, ...rest } = steady(summary);
    return rest;
  };

  for (const action of ["close", "update", "next"]) {
    it(`are the same for ${action} on ${SMALL} and on ${LARGE} rows (but one call to grow a tab)`, () => {
      const [small, large] = runs;
      expect(steady(large?.[action]?.summary)).toEqual(steady(small?.[action]?.summary));
      expect(small?.[action]?.count).toBeGreaterThan(0);
    });
  }

  it(`are the same for proposals on ${SMALL} and on ${LARGE} rows, but for one bold cell per section row of its documents`, () => {
    const [small, large] = runs.map((r) => r.proposals?.summary ?? {});
    expect(perRow(large)).toEqual(perRow(small));
    const grew = boldCells[1]! - boldCells[0]!;
    expect(large!["TableCell.setAttributes"]! - small!["TableCell.setAttributes"]!).toBe(grew);
    expect(large!["Table.getCell"]! - small!["Table.getCell"]!).toBe(grew);
    expect(small!["Ui.showModalDialog"]).toBe(1);
  });
});

/** The non-blank cells of the documents' section and total rows: each is made bold with one call. */
function sectionCells(documents: readonly DocumentModel[]): number {
  return documents
    .flatMap((d) => d.body)
    .flatMap((b) => (b.kind === "table" ? b.rows : []))
    .filter((r) => r.kind !== "data")
    .reduce((n, r) => n + ("cells" in r ? r.cells.filter((c) => c !== "").length : 1), 0);
}
