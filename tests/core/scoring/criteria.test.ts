import { describe, expect, it } from "vitest";
import { CRITERION, TAB } from "../../../src/core/contract/workbook";
import { checkCriteriaSums } from "../../../src/core/scoring/check-criteria-sums";
import { parseCriteria } from "../../../src/core/scoring/criteria";
import { planIndex } from "../rules/plan-fixture";

const index = planIndex({
  today: { year: 2020, month: 11, day: 20 },
  clusters: [{ id: "1" }, { id: "2" }, { id: "3" }],
});
const tab = (...rows: unknown[][]) => ({
  grids: [{ name: TAB.criteria, values: [Object.values(CRITERION), ...rows] as never }],
});

describe("parseCriteria", () => {
  it("gives each cluster the shared criteria and its own, its own winning on the same code", () => {
    const c = parseCriteria(
      tab(
        ["*", "A", "Chung", 60, "Tiêu chí"],
        ["*", "B", "Chung", 40, ""],
        ["2", "b", "Riêng", 30, "Tiêu chí"],
      ),
      index,
    );
    expect(c.findings).toEqual([]);
    expect(c.of("1").map((x) => `${x.code} ${x.max}`)).toEqual(["A 60", "B 40"]);
    expect(c.of("2").map((x) => `${x.code} ${x.max}`)).toEqual(["A 60", "b 30"]);
    expect(checkCriteriaSums(c, index).map((f) => f.message)).toEqual([
      "Các tiêu chí của cụm 2 cộng lại tối đa 90 điểm, khác với 100 điểm của các cụm khác: tổng điểm giữa các cụm sẽ không so sánh được.",
    ]);
  });

  it("reports unusable rows as BT03 and leaves them out", () => {
    const c = parseCriteria(
      tab(
        ["9", "A", "x", 10, "Tiêu chí"],
        ["*", "", "x", 10, ""],
        ["*", "C", "x", "mười", ""],
        ["*", "D", "x", 5, "Thưởng thêm"],
      ),
      index,
    );
    expect(c.all).toEqual([]);
    expect(c.findings.map((f) => `${f.code} ${f.row} ${f.column}`)).toEqual([
      "BT03 2 Số cụm",
      "BT03 3 Mã tiêu chí",
      "BT03 4 Điểm tối đa",
      "BT03 5 Loại",
    ]);
  });
});
