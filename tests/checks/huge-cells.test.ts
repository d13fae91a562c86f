import { describe, expect, it } from "vitest";
import { clusterTabName, REG, TAB, UNIT } from "../../src/core/contract/workbook";
import { MAX_CELL_CHARS } from "../../src/core/sheet-text";
import { cleanWorkbook, individual, UNITS } from "../../tools/fixtures/clean-workbook";
import { snapshot, typeInto } from "../../tools/gas-sandbox";

const TAB3 = clusterTabName("3");
const UNIT3 = UNITS.find((u) => u.cluster === "3")!.name;
/** A cell at the limit: 50 000 characters, a syllable repeated (it looks like text, not noise). */
const huge = (start: string) => `${start} ${"Đồng Hới ".repeat(MAX_CELL_CHARS)}`.slice(0, MAX_CELL_CHARS);

/** The longest text of any cell of the workbook. */
const longestCell = (values: Record<string, readonly (readonly unknown[])[]>) =>
  Math.max(...Object.values(values).flatMap((rows) => rows.flatMap((r) => r.map((c) => String(c).length))));

describe("a 50 000-character cell", () => {
  it("is checked without an error, quoted in messages as a short excerpt, and every cell written stays within 50 000 characters", () => {
    const wb = cleanWorkbook();
    const row = wb.append(TAB3, {
      ...individual(UNIT3, huge("Người"), huge("Danh hiệu")),
      [REG.unit]: huge("Phường"),
      [REG.initiative]: huge("Sáng kiến"),
      [REG.position]: huge("Chức vụ"),
      [REG.date]: huge("ngày"),
    });
    wb.append(TAB.units, {
      [UNIT.name]: huge("Đơn vị"),
      [UNIT.cluster]: huge("Cụm"),
      [UNIT.type]: huge("Loại"),
    });
    const alert = wb.checkData();
    expect(alert).not.toContain("lỗi ngoài dự kiến");
    const status = wb.status(TAB3, row);
    expect(status).toMatch(/^DK02: /m);
    for (const line of status.split("\n")) expect(line.length, line.slice(0, 120)).toBeLessThan(600);
    const report = wb.reportLines().filter((l) => l.includes("Phường Đồng Hới"));
    expect(report.length).toBeGreaterThan(0);
    for (const line of report) expect(line.length).toBeLessThan(2_000);
    expect(longestCell(snapshot(wb.ss))).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it("typed into a cluster tab is checked live without an error", () => {
    const wb = cleanWorkbook();
    const row = wb.append(TAB3, individual(UNIT3, "Người Dài", "Lao động tiên tiến"));
    const cell = wb.untracked(() => wb.sheet(TAB3).getRange(row, wb.col(TAB3, REG.title)));
    wb.sb.call("onEdit", typeInto(cell, huge("Danh hiệu")));
    const status = wb.status(TAB3, row);
    expect(status).toMatch(/^DK07: /);
    expect(status.length).toBeLessThan(600);
    expect(wb.sb.services.logs.entries.filter((e) => e.level === "error")).toEqual([]);
  });
});
