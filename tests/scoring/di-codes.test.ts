import { describe, expect, it } from "vitest";
import { CRITERION, CRITERION_KIND, SCORE, scoreTabName, TAB } from "../../src/core/contract/workbook";
import { codesIn, type Workbook } from "../../tools/fixtures/clean-workbook";
import {
  baseCode,
  fillScores,
  run,
  type Scores,
  scaled,
  scoringWorkbook,
  unitName,
} from "../../tools/fixtures/score-workbook";

const TAB1 = scoreTabName("1");
/** Clean scores: 90, 85 and 80 points, self = cross, no bonus or penalty. */
const SHARES = [0.9, 0.85, 0.8];
const share = (unit: string) => SHARES[Number(unit.split("-")[1]) - 1] ?? 0;

function scored(clusters: readonly string[] = ["1"], scoreOf = scaled(share)): Workbook {
  const wb = scoringWorkbook({ clusters, unitsPerCluster: 3, criteria: 5 });
  run(wb, "prepareScoreSheets");
  for (const id of clusters) fillScores(wb, id, scoreOf);
  return wb;
}

/** Row of a unit × criterion in `Điểm Cụm 1`. */
function rowOf(wb: Workbook, unit: string, code: string): number {
  const units = wb.statuses(TAB1, SCORE.unit);
  const codes = wb.statuses(TAB1, SCORE.criterion);
  const i = units.findIndex((u, n) => u === unit && codes[n] === code);
  if (i < 0) throw new Error(`no row ${unit} × ${code}`);
  return i + 2;
}

/** DI codes in the status columns after `Tính điểm và xếp hạng`, and in `BC Kiểm tra` after `Kiểm tra dữ liệu`. */
function diCodes(
  wb: Workbook,
  clusters: readonly string[] = ["1"],
): { statuses: string[]; report: string[] } {
  run(wb, "computeScores");
  const statuses = clusters.flatMap((id) =>
    wb.statuses(scoreTabName(id), SCORE.status).flatMap((s) => codesIn(s)),
  );
  run(wb, "checkData");
  const report = [...wb.reportCodes().keys()];
  const di = (codes: string[]) => [...new Set(codes.filter((c) => c.startsWith("DI")))].sort();
  return { statuses: di(statuses), report: di(report) };
}

describe("the score checks DI01–DI08", () => {
  it("find nothing on clean scores, and every score row says Hợp lệ", () => {
    const wb = scored(["1", "2"]);
    expect(diCodes(wb, ["1", "2"])).toEqual({ statuses: [], report: [] });
    expect(wb.statuses(TAB1, SCORE.status).every((s) => s === "Hợp lệ")).toBe(true);
  });

  const cases: [string, (wb: Workbook) => void][] = [
    ["DI01", (wb) => wb.set(TAB1, rowOf(wb, unitName("1", 0), baseCode(0)), SCORE.cross, 25)],
    ["DI01", (wb) => wb.set(TAB1, rowOf(wb, unitName("1", 0), baseCode(1)), SCORE.self, "'mười")],
    ["DI01", (wb) => wb.set(TAB1, rowOf(wb, unitName("1", 0), baseCode(2)), SCORE.self, -2)],
    [
      "DI02",
      (wb) => {
        const row = rowOf(wb, unitName("1", 1), baseCode(0));
        wb.set(TAB1, row, SCORE.self, null);
        wb.set(TAB1, row, SCORE.cross, null);
      },
    ],
    [
      "DI02",
      (wb) => {
        const row = rowOf(wb, unitName("1", 1), baseCode(3));
        for (const h of [SCORE.unit, SCORE.criterion, SCORE.content, SCORE.max, SCORE.self, SCORE.cross])
          wb.set(TAB1, row, h, null);
      },
    ],
    ["DI03", (wb) => wb.set(TAB1, rowOf(wb, unitName("1", 2), baseCode(4)), SCORE.criterion, "TC99")],
    ["DI04", (wb) => wb.set(TAB1, rowOf(wb, unitName("1", 2), baseCode(4)), SCORE.cross, null)],
  ];
  for (const [code, mutate] of cases) {
    it(`${code} fires on a workbook made for it, in the status column and in BC Kiểm tra`, () => {
      const wb = scored();
      mutate(wb);
      const found = diCodes(wb);
      expect(found.statuses).toContain(code);
      expect(found.report).toContain(code);
    });
  }

  it("DI05 fires when self and cross totals differ by more than 10% of the max total", () => {
    const wb = scored(["1"], (unit, code, max): Scores => {
      const s = scaled(share)(unit, code, max);
      return unit === unitName("1", 2) && code.startsWith("TC") ? { self: max, cross: s.cross } : s;
    });
    const found = diCodes(wb);
    expect(found.statuses).toEqual(["DI05"]);
    expect(found.report).toEqual(["DI05"]);
  });

  it("DI06 fires for a total under Điểm sàn, as an error naming the total and the floor", () => {
    const wb = scored(
      ["1"],
      scaled((u) => (u === unitName("1", 2) ? 0.6 : share(u))),
    );
    expect(diCodes(wb).statuses).toEqual(["DI06"]);
    const status = wb.status(TAB1, rowOf(wb, unitName("1", 2), baseCode(0)), SCORE.status);
    expect(status).toContain("đạt 60 điểm");
    expect(status).toContain("điểm sàn 70");
  });

  it("DI07 fires when a tie decides who leads", () => {
    const wb = scored(
      ["1"],
      scaled((u) => (u === unitName("1", 1) ? (SHARES[0] ?? 0) : share(u))),
    );
    expect(diCodes(wb).statuses).toEqual(["DI07"]);
  });

  it("DI08 fires when a cluster's base criteria add up to another maximum", () => {
    const wb = scored(["1", "2", "3"]);
    wb.append(TAB.criteria, {
      [CRITERION.cluster]: "2",
      [CRITERION.code]: "TC-RIÊNG",
      [CRITERION.content]: "Tiêu chí riêng",
      [CRITERION.max]: 5,
      [CRITERION.kind]: CRITERION_KIND.base,
    });
    expect(diCodes(wb, ["1", "3"]).report).toContain("DI08");
    const line = wb.reportLines().find((l) => l.includes("DI08")) ?? "";
    expect(line).toContain("cụm 2 cộng lại tối đa 105 điểm, khác với 100 điểm");
  });
});
