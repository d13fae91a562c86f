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

  it("keeps exactly one chart on the report tab across reruns, updated in place", () => {
    const wb = scoringWorkbook({ unitsPerCluster: 3, criteria: 5 });
    run(wb, "prepareScoreSheets");
    fillScores(
      wb,
      "1",
      scaled(() => 0.9),
    );
    run(wb, "computeScores");
    const sheet = wb.sheet(REPORT);
    const [chart] = wb.untracked(() => sheet.getCharts());
    expect(chart?.spec.ranges.map((r) => r.getA1Notation())).toEqual(["A12:C15"]);
    expect(chart?.spec.numHeaders).toBe(1);
    expect(chart?.spec.options.series).toMatchObject({ 1: { type: "line" } });
    const id = chart?.getChartId();
    wb.sb.services.calls.reset();
    run(wb, "computeScores");
    run(wb, "computeScores");
    const charts = wb.untracked(() => sheet.getCharts());
    expect(charts).toHaveLength(1);
    expect(charts[0]?.getChartId()).toBe(id);
    expect(wb.sb.services.calls.count("Sheet.insertChart")).toBe(0);
    expect(wb.sb.services.calls.count("Sheet.updateChart")).toBe(2);
  });
});
