import { describe, expect, it } from "vitest";
import { CLUSTER, CLUSTER_SUBJECTS, UNIT_TYPES } from "../../../src/core/contract/workbook";
import { CLUSTER_ROWS } from "../../../src/core/template/clusters";

const byId = (id: string) => CLUSTER_ROWS.find((r) => r[CLUSTER.id] === id);

describe("the 2020 clusters template", () => {
  it("holds exactly the ten clusters 1 to 10", () => {
    expect(CLUSTER_ROWS.map((r) => r[CLUSTER.id])).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
  });

  it("lets clusters 1 to 6 register collectives and individuals, with any unit type", () => {
    for (const id of ["1", "2", "3", "4", "5", "6"]) {
      expect(byId(id)?.[CLUSTER.subjects]).toBe(CLUSTER_SUBJECTS.both);
      expect(byId(id)?.[CLUSTER.unitTypes]).toBe("");
    }
  });

  it("lets clusters 7 to 10 register collectives only, restricted to their unit types", () => {
    const expected: Record<string, string> = {
      "7": "Ban CHQS",
      "8": "Công an, Ban Bảo vệ dân phố",
      "9": "Hội, tổ chức xã hội",
      "10": "Doanh nghiệp",
    };
    for (const [id, types] of Object.entries(expected)) {
      expect(byId(id)?.[CLUSTER.subjects]).toBe(CLUSTER_SUBJECTS.collectiveOnly);
      expect(byId(id)?.[CLUSTER.unitTypes]).toBe(types);
    }
  });

  it("restricts clusters only to unit types of the contract's vocabulary", () => {
    const vocabulary: readonly string[] = UNIT_TYPES;
    for (const row of CLUSTER_ROWS) {
      let rest = String(row[CLUSTER.unitTypes]);
      // Types may themselves contain a comma (`Hội, tổ chức xã hội`): consume known types greedily.
      while (rest !== "") {
        const hit = [...vocabulary].sort((a, b) => b.length - a.length).find((t) => rest.startsWith(t));
        expect(hit, `cluster ${row[CLUSTER.id]}: "${rest}"`).toBeDefined();
        rest = rest.slice(hit?.length ?? rest.length).replace(/^\s*,\s*/, "");
      }
    }
  });

  it("has unique names and no cluster-specific deadline", () => {
    expect(new Set(CLUSTER_ROWS.map((r) => r[CLUSTER.name])).size).toBe(10);
    for (const row of CLUSTER_ROWS) expect(row[CLUSTER.deadline]).toBe("");
  });
});
