import { describe, expect, it } from "vitest";
import type { Unit } from "../../../src/core/plan/types";
import { rankCluster } from "../../../src/core/scoring/rank-cluster";
import type { ScoreSheet, UnitScore } from "../../../src/core/scoring/score-sheet";
import { nameKey } from "../../../src/core/text/name-key";

const unit = (name: string): Unit => ({
  name,
  key: nameKey(name),
  clusterId: "1",
  type: "Xã",
  typeKey: "xã",
  email: "",
  headcount: null,
  row: 2,
});
const score = (name: string, total: number, extra: Partial<UnitScore> = {}): UnitScore => ({
  unit: unit(name),
  base: total,
  bonus: 0,
  penalty: 0,
  total,
  selfTotal: total,
  crossTotal: total,
  missing: 0,
  invalid: 0,
  selfOnly: 0,
  firstRow: 2,
  ...extra,
});
const sheet = (...units: UnitScore[]): ScoreSheet => ({
  sheet: "Điểm Cụm 1",
  units,
  maxTotal: 100,
  dataRows: new Set(),
  started: true,
  findings: [],
});
const settings = { scoreFloor: 70, leadersPerCluster: 1, barred: new Map<string, string>() };
const summary = (r: ReturnType<typeof rankCluster>) =>
  r.ranked.map((x) => `${x.rank} ${x.score.unit.name}${x.leader ? " *" : ""}${x.tiedForLead ? " =" : ""}`);

describe("rankCluster", () => {
  it("ranks by total with shared ranks for ties: 1, 1, 3", () => {
    const r = rankCluster(sheet(score("B", 80), score("A", 90), score("C", 90)), "1", {
      ...settings,
      leadersPerCluster: 3,
    });
    expect(r.ranked.map((x) => x.rank)).toEqual([1, 1, 3]);
    expect(r.findings).toEqual([]);
  });

  it("proposes the top unit, and nobody when a tie decides the last leading place (DI07 each)", () => {
    expect(summary(rankCluster(sheet(score("A", 90), score("B", 85)), "1", settings))).toEqual([
      "1 A *",
      "2 B",
    ]);
    const tie = rankCluster(sheet(score("A", 95), score("B", 90), score("C", 90)), "1", {
      ...settings,
      leadersPerCluster: 2,
    });
    expect(summary(tie)).toEqual(["1 A *", "2 B =", "2 C ="]);
    expect(tie.findings.map((f) => f.code)).toEqual(["DI07", "DI07"]);
  });

  it("skips barred, under-floor and incompletely scored units when choosing leaders", () => {
    const r = rankCluster(
      sheet(score("A", 99), score("B", 98, { missing: 1 }), score("C", 60), score("D", 75)),
      "1",
      { ...settings, barred: new Map([[nameKey("A"), "chưa đăng ký thi đua (DV01)"]]) },
    );
    expect(summary(r)).toEqual(["1 A", "2 B", "3 D *", "4 C"]);
    expect(r.findings.map((f) => `${f.code} ${f.unit}`)).toEqual(["DI06 C"]);
    expect(r.ranked.find((x) => x.score.unit.name === "C")?.reachedFloor).toBe(false);
  });

  it("applies no floor when Điểm sàn is blank", () => {
    const r = rankCluster(sheet(score("A", 10)), "1", { ...settings, scoreFloor: null });
    expect(r.ranked[0]?.reachedFloor).toBeNull();
    expect(r.ranked[0]?.leader).toBe(true);
  });
});
