import { describe, expect, it } from "vitest";
import { SCORE, scoreTabName } from "../../src/core/contract/workbook";
import { codesIn } from "../../tools/fixtures/clean-workbook";
import {
  BONUS,
  fillScores,
  PENALTY,
  reportRows,
  run,
  type Scores,
  type ScoringSpec,
  scaled,
  scoringWorkbook,
  unitName,
} from "../../tools/fixtures/score-workbook";

const PROPOSAL = "Đề nghị dẫn đầu cụm";
const u = (i: number) => unitName("1", i);
/** Report columns: rank, unit, self, cross, bonus, penalty, total, floor, proposal, notes. */
const COL = { rank: 0, self: 2, cross: 3, bonus: 4, penalty: 5, total: 6, floor: 7, proposal: 8, notes: 9 };

function ranked(
  spec: ScoringSpec,
  shares: number[],
  scoreOf?: (unit: string, code: string, max: number) => Scores,
) {
  const wb = scoringWorkbook({ unitsPerCluster: shares.length, criteria: 5, ...spec });
  run(wb, "prepareScoreSheets");
  fillScores(wb, "1", scoreOf ?? scaled((unit) => shares[Number(unit.split("-")[1]) - 1] ?? 0));
  const alert = run(wb, "computeScores");
  return { wb, alert, rows: reportRows(wb) };
}

describe("ranking and leaders", () => {
  it("gives tied units a shared rank (1, 1, 3), proposes neither and raises DI07 for both", () => {
    const { wb, rows, alert } = ranked({}, [0.9, 0.9, 0.8]);
    expect([0, 1, 2].map((i) => rows.get(u(i))?.[COL.rank])).toEqual([1, 1, 3]);
    expect([0, 1, 2].map((i) => rows.get(u(i))?.[COL.proposal])).toEqual(["", "", ""]);
    expect(String(rows.get(u(0))?.[COL.notes])).toContain(`Bằng điểm với '${u(1)}'`);
    const statuses = wb.statuses(scoreTabName("1"), SCORE.status).flatMap(codesIn);
    expect(statuses.filter((c) => c === "DI07")).toHaveLength(2);
    expect(alert).toContain("bằng điểm cần biểu quyết");
  });

  it("proposes the tied units' better when the tie is below the leading places", () => {
    const { rows } = ranked({}, [0.95, 0.9, 0.9]);
    expect([0, 1, 2].map((i) => rows.get(u(i))?.[COL.rank])).toEqual([1, 2, 2]);
    expect(rows.get(u(0))?.[COL.proposal]).toBe(PROPOSAL);
  });

  it("never proposes a unit with DV01, even with the best total", () => {
    const { rows } = ranked({ unregistered: [u(0)] }, [0.95, 0.9, 0.8]);
    expect(rows.get(u(0))?.[COL.rank]).toBe(1);
    expect(rows.get(u(0))?.[COL.proposal]).toBe("");
    expect(String(rows.get(u(0))?.[COL.notes])).toContain("DV01");
    expect(rows.get(u(1))?.[COL.proposal]).toBe(PROPOSAL);
  });

  it("never proposes a unit under the floor, even when every place leads", () => {
    const { rows } = ranked({ leaders: 3 }, [0.95, 0.9, 0.6]);
    expect(rows.get(u(2))?.[COL.floor]).toBe("Không");
    expect(rows.get(u(2))?.[COL.proposal]).toBe("");
    expect([0, 1].map((i) => rows.get(u(i))?.[COL.proposal])).toEqual([PROPOSAL, PROPOSAL]);
  });

  it("caps bonus and penalty at their maxima (and flags the excess as DI01)", () => {
    const { wb, rows } = ranked({}, [0.9, 0.85, 0.8], (unit, code, max) => {
      if (unit === u(0) && code === BONUS) return { self: 8, cross: 8 };
      if (unit === u(0) && code === PENALTY) return { self: 15, cross: 15 };
      return scaled((x) => [0.9, 0.85, 0.8][Number(x.split("-")[1]) - 1] ?? 0)(unit, code, max);
    });
    const row = rows.get(u(0)) ?? [];
    expect([row[COL.bonus], row[COL.penalty], row[COL.total]]).toEqual([5, 10, 85]);
    const codes = wb.statuses(scoreTabName("1"), SCORE.status).flatMap(codesIn);
    expect(codes.filter((c) => c === "DI01")).toHaveLength(4);
  });

  it("counts the cross-score when given, else the self-score, and reports both totals", () => {
    const { rows } = ranked({}, [0.9, 0.85, 0.8], (unit, code, max) => {
      if (code === BONUS || code === PENALTY) return {};
      if (unit === u(0)) return { self: max, cross: max * 0.95 };
      if (unit === u(1)) return { self: max * 0.85 };
      return { self: max * 0.8, cross: max * 0.8 };
    });
    expect([COL.self, COL.cross, COL.total].map((c) => rows.get(u(0))?.[c])).toEqual([100, 95, 95]);
    expect([COL.self, COL.cross, COL.total].map((c) => rows.get(u(1))?.[c])).toEqual([85, "", 85]);
    expect(String(rows.get(u(1))?.[COL.notes])).toContain("5 tiêu chí chưa chấm chéo");
  });
});
