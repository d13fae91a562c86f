import { beforeAll, describe, expect, it } from "vitest";
import { clusterTabName, REG, TAB, TASK, UNIT } from "../../src/core/contract/workbook";
import {
  codesIn,
  individual,
  TITLES,
  UNITS,
  type Workbook,
  workbookWithRows,
} from "../../tools/fixtures/clean-workbook";
import { editEvent, typeInto } from "../../tools/gas-sandbox";

const SMALL = 10 * 10;
const LARGE = 5_000 * 10;
const C3 = clusterTabName("3");
const unit3 = UNITS.find((u) => u.cluster === "3")!.name;

function checkDataCalls(wb: Workbook): { count: number; summary: Record<string, number> } {
  wb.checkData(); // warm: the report tab exists from now on, as after any first run
  wb.sb.services.calls.reset();
  wb.checkData();
  return { count: wb.sb.services.calls.count(), summary: wb.sb.services.calls.summary() };
}

/** Types a new title into the last data row's title cell of Cụm 3 and runs onEdit; returns the calls. */
function editOneRow(wb: Workbook): { count: number; summary: Record<string, number> } {
  const row = wb.lastRow(C3);
  const range = wb.untracked(() => wb.sheet(C3).getRange(row, wb.col(C3, REG.title)));
  const event = typeInto(range, "Giấy khen của Chủ tịch UBND thị xã");
  wb.sb.services.calls.reset();
  wb.sb.call("onEdit", event);
  return { count: wb.sb.services.calls.count(), summary: wb.sb.services.calls.summary() };
}

describe("service calls", () => {
  let small: Workbook;
  let large: Workbook;
  beforeAll(() => {
    small = workbookWithRows(SMALL);
    large = workbookWithRows(LARGE);
  }, 300_000);

  it("fills 10 and 5 000 rows per cluster tab", () => {
    expect(small.lastRow(C3)).toBe(11);
    expect(large.lastRow(C3)).toBe(5_001);
  });

  it("are the same for Kiểm tra dữ liệu on 10 rows and on 5 000 rows per tab", () => {
    const a = checkDataCalls(small);
    const b = checkDataCalls(large);
    expect(b.summary).toEqual(a.summary);
    expect(b.count).toBe(a.count);
  }, 300_000);

  it("stay few and equal for onEdit of one row in a 10-row and a 5 000-row tab", () => {
    const a = editOneRow(small);
    const b = editOneRow(large);
    expect(a.count).toBeLessThanOrEqual(40);
    expect(b.summary).toEqual(a.summary);
    expect(b.count).toBe(a.count);
  });

  it("are at most 3 for an edit on a tab that is neither a cluster tab nor a setup tab", () => {
    const range = small.untracked(() =>
      small.sheet(TAB.timeline).getRange(2, small.col(TAB.timeline, TASK.done)),
    );
    const event = typeInto(range, "10/01/2020");
    small.sb.services.calls.reset();
    small.sb.call("onEdit", event);
    expect(
      small.sb.services.calls.count(),
      JSON.stringify(small.sb.services.calls.summary()),
    ).toBeLessThanOrEqual(3);
  });

  it("are at most 4 for an edit of a setup tab, which drops the cached plan", () => {
    const range = small.untracked(() => small.sheet(TAB.units).getRange(2, small.col(TAB.units, UNIT.email)));
    const event = typeInto(range, "pnv@example.com");
    small.sb.services.calls.reset();
    small.sb.call("onEdit", event);
    expect(
      small.sb.services.calls.count(),
      JSON.stringify(small.sb.services.calls.summary()),
    ).toBeLessThanOrEqual(4);
    expect(small.sb.services.calls.count("Cache.remove")).toBe(1);
  });
});

describe("a 20-row paste into a cluster tab", () => {
  let wb: Workbook;
  let first: number;
  beforeAll(() => {
    wb = workbookWithRows(SMALL);
    const rows = Array.from({ length: 20 }, (_, i) => {
      const r = individual(unit3, `Người dán ${i + 1}`, TITLES.ldtt);
      return { ...r, [REG.date]: "", [REG.enteredBy]: "" };
    });
    first = wb.writeRows(C3, rows);
    const range = wb.untracked(() => wb.sheet(C3).getRange(first, 1, 20, wb.headers(C3).length));
    wb.sb.services.calls.reset();
    wb.sb.call("onEdit", editEvent(range));
  });

  it("writes a status on all 20 rows: only DK12, since the stamped date is the real today, after the 2020 deadline", () => {
    const statuses = Array.from({ length: 20 }, (_, i) => wb.status(C3, first + i));
    expect(statuses.map(codesIn)).toEqual(Array.from({ length: 20 }, () => ["DK12"]));
  });

  it("fills the blank Ngày đăng ký and Người nhập of all 20 rows", () => {
    for (let i = 0; i < 20; i++) {
      const date = wb.get(C3, first + i, REG.date);
      expect(Object.prototype.toString.call(date)).toBe("[object Date]");
      expect(Math.abs((date as Date).getTime() - Date.now())).toBeLessThan(2 * 86_400_000);
      expect(String(wb.get(C3, first + i, REG.enteredBy))).not.toBe("");
    }
  });

  it("costs no more calls than a one-row edit bound", () => {
    expect(wb.sb.services.calls.count()).toBeLessThanOrEqual(40);
  });
});

/** A new row typed in Cụm 3, cell by cell, each edit running onEdit: the calls of every edit. */
function typeNewRow(wb: Workbook): { counts: number[]; summaries: Record<string, number>[] } {
  const row = wb.lastRow(C3) + 1;
  wb.untracked(() => {
    const sheet = wb.sheet(C3);
    if (sheet.getMaxRows() < row + 10) sheet.insertRowsAfter(sheet.getMaxRows(), 10);
  });
  const cells: [string, string][] = [
    [REG.unit, unit3],
    [REG.subject, "Cá nhân"],
    [REG.person, "Người Gõ Tay"],
    [REG.title, TITLES.ldtt],
  ];
  const counts: number[] = [];
  const summaries: Record<string, number>[] = [];
  for (const [header, text] of cells) {
    const range = wb.untracked(() => wb.sheet(C3).getRange(row, wb.col(C3, header)));
    const event = typeInto(range, text);
    wb.sb.services.calls.reset();
    wb.sb.call("onEdit", event);
    counts.push(wb.sb.services.calls.count());
    summaries.push(wb.sb.services.calls.summary());
  }
  return { counts, summaries };
}

describe("the live check, once the plan is cached (after any menu action)", () => {
  let small: Workbook;
  let large: Workbook;
  beforeAll(() => {
    small = workbookWithRows(SMALL);
    large = workbookWithRows(LARGE);
    small.checkData();
    large.checkData();
  }, 300_000);

  it("costs at most 12 calls per edit while a new row is typed (stamps, status, highlight), at 10 and 5 000 rows per tab", () => {
    const a = typeNewRow(small);
    const b = typeNewRow(large);
    for (const [i, n] of a.counts.entries())
      expect(n, JSON.stringify(a.summaries[i])).toBeLessThanOrEqual(12);
    expect(b.counts).toEqual(a.counts);
    expect(b.summaries).toEqual(a.summaries);
    // The first edit stamped the row: date and author, then its status.
    const row = small.lastRow(C3);
    expect(Object.prototype.toString.call(small.get(C3, row, REG.date))).toBe("[object Date]");
    expect(codesIn(small.status(C3, row))).toEqual(["DK12"]);
  });

  it("reads the setup tabs again only after one of them is edited", () => {
    const range = small.untracked(() => small.sheet(TAB.units).getRange(2, small.col(TAB.units, UNIT.email)));
    small.sb.call("onEdit", typeInto(range, "a@example.com"));
    const miss = typeNewRow(small);
    expect(miss.summaries[0]?.["Spreadsheet.getSheetByName"]).toBe(4);
    expect(miss.summaries[1]?.["Spreadsheet.getSheetByName"] ?? 0).toBe(0);
  });
});
