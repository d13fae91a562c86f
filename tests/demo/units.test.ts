import { describe, expect, it } from "vitest";
import { CLUSTER, UNIT, UNIT_TYPES } from "../../src/core/contract/workbook";
import { CLUSTER_ROWS } from "../../src/core/template/clusters";
import { DEMO_UNIT_ROWS } from "../../tools/demo/units";

const inCluster = (id: string) => DEMO_UNIT_ROWS.filter((r) => r[UNIT.cluster] === id);

describe("the demo units", () => {
  it("use only unit types of the contract's vocabulary", () => {
    const vocabulary: readonly string[] = UNIT_TYPES;
    for (const row of DEMO_UNIT_ROWS) expect(vocabulary, String(row[UNIT.name])).toContain(row[UNIT.type]);
  });

  it("cover all ten clusters of the template and no other", () => {
    const ids = CLUSTER_ROWS.map((r) => r[CLUSTER.id]);
    expect(new Set(DEMO_UNIT_ROWS.map((r) => r[UNIT.cluster]))).toEqual(new Set(ids));
  });

  it("put the 15 wards and communes in clusters 1–2 and their 15 military and 15 police boards in 7 and 8", () => {
    expect(inCluster("1").length + inCluster("2").length).toBe(15);
    expect(inCluster("7")).toHaveLength(15);
    expect(inCluster("8")).toHaveLength(15);
  });

  it("respect each cluster's allowed unit types", () => {
    const vocabulary = [...UNIT_TYPES].sort((a, b) => b.length - a.length);
    for (const cluster of CLUSTER_ROWS) {
      let rest = String(cluster[CLUSTER.unitTypes]);
      if (rest === "") continue;
      const allowed: string[] = [];
      while (rest !== "") {
        const hit = vocabulary.find((t) => rest.startsWith(t)) ?? rest;
        allowed.push(hit);
        rest = rest.slice(hit.length).replace(/^\s*,\s*/, "");
      }
      for (const u of inCluster(String(cluster[CLUSTER.id]))) expect(allowed).toContain(u[UNIT.type]);
    }
  });

  it("leave e-mails blank", () => {
    for (const row of DEMO_UNIT_ROWS) expect(row[UNIT.email]).toBe("");
  });
});
