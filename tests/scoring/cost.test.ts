import { describe, expect, it } from "vitest";
import { fillScores, run, scaled, scoringWorkbook } from "../../tools/fixtures/score-workbook";

const REPORT = "BC Kết quả chấm điểm";

function callsOfCompute(units: number, criteria: number) {
  const wb = scoringWorkbook({ clusters: ["1", "2"], unitsPerCluster: units, criteria });
  run(wb, "prepareScoreSheets");
  for (const id of ["1", "2"])
    fillScores(
      wb,
      id,
      scaled(() => 0.9),
    );
  run(wb, "computeScores"); // the report tab and its chart exist from now on
  wb.sb.services.calls.reset();
  run(wb, "computeScores");
  return wb.sb.services.calls.summary();
}

describe("the cost of Tính điểm và xếp hạng", () => {
  it("makes the same service calls for 3 units × 5 criteria as for 30 units × 25 criteria", () => {
    const small = callsOfCompute(3, 5);
    const large = callsOfCompute(30, 25);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(large).toEqual(small);
  });

  it("keeps one chart per scored cluster on the report tab across reruns, replaced, never stacked", () => {
    const wb = scoringWorkbook({ unitsPerCluster: 3, criteria: 5 });
    run(wb, "prepareScoreSheets");
    fillScores(
      wb,
      "1",
      scaled(() => 0.9),
    );
    run(wb, "computeScores");
    const sheet = wb.sheet(REPORT);
    const [chart, ...others] = wb.untracked(() => sheet.getCharts());
    // Only cluster 1 has scores: one chart, over its block right of the table (label, three outcomes, the floor).
    expect(others).toHaveLength(0);
    const block = chart?.spec.ranges.map((r) => r.getA1Notation())[0] ?? "";
    expect(block).toMatch(/^L\d+:P\d+$/);
    const [first, last] = block.match(/\d+/g)?.map(Number) ?? [];
    expect((last ?? 0) - (first ?? 0)).toBe(3); // a header and the cluster's three units
    expect(chart?.spec.numHeaders).toBe(1);
    expect(chart?.spec.options.isStacked).toBe(true);
    expect(chart?.spec.options.series).toMatchObject({ 3: { type: "line" } });
    run(wb, "computeScores");
    run(wb, "computeScores");
    const charts = wb.untracked(() => sheet.getCharts());
    expect(charts).toHaveLength(1);
    expect(charts[0]?.spec.ranges.map((r) => r.getA1Notation())).toEqual([block]);
  });
});
