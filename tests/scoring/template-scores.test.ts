import { beforeAll, describe, expect, it } from "vitest";
import { SCORE, scoreTabName, TAB } from "../../src/core/contract/workbook";
import { CRITERIA_ROWS } from "../../src/core/template/criteria";
import {
  CLUSTER_IDS,
  cleanWorkbook,
  summaryCounts,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";
import { fillScores, run, scaled } from "../../tools/fixtures/score-workbook";

describe("scoring the clean 2020 workbook with its sample rubric", () => {
  let wb: Workbook;
  let prepared: string;
  beforeAll(() => {
    wb = cleanWorkbook();
    prepared = run(wb, "prepareScoreSheets");
  });

  it("seeds Tiêu chí with the sample rubric: 100 base points, a bonus and a penalty line", () => {
    expect(wb.lastRow(TAB.criteria)).toBe(1 + CRITERIA_ROWS.length);
    expect(prepared).toContain("Đã tạo 10 trang chấm điểm");
    expect(prepared).toContain("bộ tiêu chí ví dụ");
  });

  it("prepares a row per unit × criterion in each cluster", () => {
    for (const id of CLUSTER_IDS) {
      const units = UNITS.filter((u) => u.cluster === id).length;
      expect(wb.lastRow(scoreTabName(id)) - 1, id).toBe(units * CRITERIA_ROWS.length);
    }
  });

  it("passes Kiểm tra dữ liệu with no finding at all once every unit is scored, and proposes a leader per cluster", () => {
    const order = new Map(
      UNITS.map((u) => [u.name, UNITS.filter((o) => o.cluster === u.cluster).indexOf(u)]),
    );
    for (const id of CLUSTER_IDS)
      fillScores(
        wb,
        id,
        scaled((unit) => 0.95 - (order.get(unit) ?? 0) * 0.01),
      );
    expect(summaryCounts(wb.checkData())).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(wb.statuses(scoreTabName("1"), SCORE.status).every((s) => s === "Hợp lệ")).toBe(true);
    const alert = run(wb, "computeScores");
    expect(alert.match(/đề nghị dẫn đầu: /g)).toHaveLength(10);
    expect(alert).toContain("Lỗi: 0 · Cảnh báo: 0");
  });
});
