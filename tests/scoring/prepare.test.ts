import { describe, expect, it } from "vitest";
import {
  CONFIG,
  CRITERION,
  SCORE,
  SCORE_TAB_HEADERS,
  SETTING,
  scoreTabName,
  TAB,
  UNIT,
} from "../../src/core/contract/workbook";
import { codesIn } from "../../tools/fixtures/clean-workbook";
import {
  BONUS,
  baseCode,
  fillScores,
  PENALTY,
  run,
  scaled,
  scoringWorkbook,
  unitName,
} from "../../tools/fixtures/score-workbook";
import { snapshot } from "../../tools/gas-sandbox";

const TAB1 = scoreTabName("1");

describe("Chuẩn bị bảng chấm điểm", () => {
  it("creates one score tab per cluster with a row per unit × criterion, content and max copied", () => {
    const wb = scoringWorkbook({ clusters: ["1", "2"], unitsPerCluster: 3, criteria: 5 });
    const alert = run(wb, "prepareScoreSheets");
    expect(alert).toContain("Đã tạo 2 trang chấm điểm");
    const snap = snapshot(wb.ss);
    for (const id of ["1", "2"]) {
      const rows = snap[scoreTabName(id)] ?? [];
      expect(rows[0]).toEqual(SCORE_TAB_HEADERS);
      expect(rows.length - 1).toBe(3 * 7);
      expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([0, 1, 2].map((i) => unitName(id, i))));
    }
    const first = snap[TAB1]?.[1] ?? [];
    expect(first.slice(0, 4)).toEqual([unitName("1", 0), baseCode(0), "Tiêu chí số 1", 20]);
    expect(snap[TAB1]?.find((r) => r[1] === BONUS)?.[3]).toBe(5);
    expect(snap[TAB1]?.find((r) => r[1] === PENALTY)?.[3]).toBe(10);
  });

  it("validates score cells against the row's own max, warning without rejecting", () => {
    const wb = scoringWorkbook();
    run(wb, "prepareScoreSheets");
    const sheet = wb.sheet(TAB1);
    for (const header of [SCORE.self, SCORE.cross]) {
      const rule = wb.untracked(() => sheet.getRange(5, wb.col(TAB1, header)).getDataValidation());
      expect(rule?.getAllowInvalid()).toBe(true);
      const letter = header === SCORE.self ? "E" : "F";
      expect(rule?.getCriteriaValues()).toEqual([
        `=OR(ISBLANK(${letter}2),AND(ISNUMBER(${letter}2),${letter}2>=0,${letter}2<=$D2))`,
      ]);
    }
  });

  it("run twice keeps every entered score and adds only the rows of a new unit and a new criterion", () => {
    const wb = scoringWorkbook();
    run(wb, "prepareScoreSheets");
    fillScores(
      wb,
      "1",
      scaled(() => 0.8),
    );
    wb.set(TAB1, 3, SCORE.note, "ghi chú của cụm");
    const before = snapshot(wb.ss)[TAB1] ?? [];
    wb.append(TAB.units, { [UNIT.name]: "Đơn vị mới", [UNIT.cluster]: "1", [UNIT.type]: "Cơ quan" });
    wb.append(TAB.criteria, {
      [CRITERION.cluster]: "1",
      [CRITERION.code]: "RIÊNG",
      [CRITERION.content]: "Tiêu chí riêng của cụm 1",
      [CRITERION.max]: 4,
      [CRITERION.kind]: "Tiêu chí",
    });
    const alert = run(wb, "prepareScoreSheets");
    expect(alert).toContain("Đã thêm 11 dòng");
    const after = snapshot(wb.ss)[TAB1] ?? [];
    const status = SCORE_TAB_HEADERS.indexOf(SCORE.status);
    before.forEach((row, r) => {
      row.forEach((v, c) => {
        if (c !== status) expect(after[r]?.[c], `R${r + 1}C${c + 1}`).toEqual(v);
      });
    });
    expect(after.length).toBe(before.length + 11);
    expect(run(wb, "prepareScoreSheets")).toContain("không có dòng nào cần thêm");
    expect((snapshot(wb.ss)[TAB1] ?? []).length).toBe(after.length);
  });

  it("flags, never deletes, rows whose criterion or unit disappeared", () => {
    const wb = scoringWorkbook();
    run(wb, "prepareScoreSheets");
    const criterionRow = wb.findRow(TAB.criteria, CRITERION.code, baseCode(4));
    wb.set(TAB.criteria, criterionRow, CRITERION.code, "TC5-MỚI");
    wb.set(TAB.units, wb.findRow(TAB.units, UNIT.name, unitName("1", 2)), UNIT.name, "Đơn vị đổi tên");
    // Scoring has started (a DI finding is only raised once a score is entered: RULES.md).
    wb.set(TAB1, wb.findRow(TAB1, SCORE.criterion, baseCode(0)), SCORE.self, 5);
    const height = wb.lastRow(TAB1);
    const alert = run(wb, "prepareScoreSheets");
    expect(alert).toMatch(/dòng có đơn vị hoặc tiêu chí không còn thuộc cụm/);
    const statuses = wb.statuses(TAB1, SCORE.status);
    const codes = wb.statuses(TAB1, SCORE.unit).map((u, i) => [u, codesIn(statuses[i] ?? "")] as const);
    expect(codes.filter(([u]) => u === unitName("1", 2)).every(([, c]) => c.includes("DK02"))).toBe(true);
    const removed = wb.findRow(TAB1, SCORE.criterion, baseCode(4));
    expect(codesIn(wb.status(TAB1, removed, SCORE.status))).toContain("DI03");
    expect(wb.lastRow(TAB1)).toBeGreaterThan(height);
  });

  it("raises no DI finding on a cluster whose scoring has not started, even for a stale criterion row", () => {
    const wb = scoringWorkbook();
    run(wb, "prepareScoreSheets");
    wb.set(TAB.criteria, wb.findRow(TAB.criteria, CRITERION.code, baseCode(4)), CRITERION.code, "TC5-MỚI");
    run(wb, "prepareScoreSheets");
    const codes = wb.statuses(TAB1, SCORE.status).flatMap((s) => codesIn(s));
    expect(codes.filter((c) => c.startsWith("DI"))).toEqual([]);
  });

  it("is refused to a user who is not in Email quản trị", () => {
    const wb = scoringWorkbook();
    wb.append(TAB.config, { [CONFIG.key]: SETTING.adminEmails, [CONFIG.value]: "noi.vu@example.com" });
    expect(run(wb, "prepareScoreSheets")).toContain("Chỉ cán bộ Phòng Nội vụ");
    expect(wb.untracked(() => wb.ss.getSheetByName(TAB1))).toBeNull();
  });
});
