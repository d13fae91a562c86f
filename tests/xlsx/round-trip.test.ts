import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addTab,
  createEnv,
  type FakeSpreadsheet,
  FakeSpreadsheet as Spreadsheet,
  snapshot,
} from "../../tools/gas-sandbox";
import { fillSpreadsheet, readXlsx, saveWorkbook } from "../../tools/xlsx";

const dir = mkdtempSync(join(tmpdir(), "xlsx-rt-"));
let n = 0;

function emptySpreadsheet(): FakeSpreadsheet {
  const env = createEnv();
  return env.calls.track(new Spreadsheet(env), "Spreadsheet");
}

async function roundTrip(ss: FakeSpreadsheet): Promise<FakeSpreadsheet> {
  const path = join(dir, `rt-${++n}.xlsx`);
  await saveWorkbook(ss, path);
  const back = emptySpreadsheet();
  fillSpreadsheet(back, await readXlsx(path));
  return back;
}

/** Local midnight of a day in Asia/Ho_Chi_Minh (+07:00, no DST). */
const vnMidnight = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

describe("xlsx round trip", () => {
  it("keeps values with their types: text, numbers, booleans, dates, formulas and links", async () => {
    const ss = emptySpreadsheet();
    addTab(ss._env, ss, "Dữ liệu", [
      ["Tên", "Số", "Đúng", "Ngày", "Liên kết"],
      ["'0123", 1.5, true, vnMidnight(2020, 2, 28), '=HYPERLINK("#gid=1&range=A2","Cụm 1!2")'],
      ["Nguyễn Thị Hương", -7, false, vnMidnight(1999, 12, 31), ""],
    ]);
    addTab(ss._env, ss, "Trống", []);
    const back = await roundTrip(ss);
    expect(back.getSheets().map((s) => s.getName())).toEqual(["Dữ liệu", "Trống"]);
    expect(snapshot(back)).toEqual(snapshot(ss));
    expect(snapshot(back, { formulas: true })["Dữ liệu"]?.[1]?.[4]).toBe(
      '=HYPERLINK("#gid=1&range=A2","Cụm 1!2")',
    );
    const date = back.getSheetByName("Dữ liệu")!.getRange("D2").getValue() as Date;
    expect(date.toISOString()).toBe("2020-02-27T17:00:00.000Z");
  });

  it("keeps formats, notes, backgrounds, frozen rows, column widths and dropdowns", async () => {
    const ss = emptySpreadsheet();
    addTab(ss._env, ss, "Đơn vị", [["Tên đơn vị"], ["Phòng Nội vụ"], ["Phòng Y tế"]]);
    addTab(ss._env, ss, "Cụm 1", [["Đơn vị", "Đối tượng", "Ngày đăng ký"]]);
    const sheet = ss.getSheetByName("Cụm 1")!;
    const units = ss.getSheetByName("Đơn vị")!;
    sheet.getRange("A1:C1").setFontWeight("bold").setBackground("#d9ead3");
    sheet.getRange("A2").setBackground("#fce8e6").setNote("Sai tên đơn vị");
    sheet.getRange("C2:C50").setNumberFormat("dd/mm/yyyy");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 240);
    const list = new (await import("../../tools/gas-sandbox")).FakeDataValidationBuilder()
      .requireValueInList(["Tập thể", "Cá nhân"], true)
      .setAllowInvalid(false)
      .build();
    const range = new (await import("../../tools/gas-sandbox")).FakeDataValidationBuilder()
      .requireValueInRange(units.getRange("A2:A1000") as never, true)
      .build();
    sheet.getRange("B2:B20").setDataValidation(list as never);
    sheet.getRange("A2:A20").setDataValidation(range as never);
    const back = (await roundTrip(ss)).getSheetByName("Cụm 1")!;
    expect(back.getRange("A1:C1").getFontWeights()).toEqual([["bold", "bold", "bold"]]);
    expect(back.getRange("A1").getBackground()).toBe("#d9ead3");
    expect(back.getRange("A2").getBackground()).toBe("#fce8e6");
    expect(back.getRange("A2").getNote()).toBe("Sai tên đơn vị");
    expect(back.getRange("C30").getNumberFormat()).toBe("dd/mm/yyyy");
    expect(back.getFrozenRows()).toBe(1);
    expect(back.getColumnWidth(1)).toBe(240);
    expect(back.getColumnWidth(2)).toBe(100);
    const dv = back.getRange("B20").getDataValidation()!;
    expect(dv.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(dv.getCriteriaValues()[0]).toEqual(["Tập thể", "Cá nhân"]);
    expect(dv.getAllowInvalid()).toBe(false);
    expect(back.getRange("B21").getDataValidation()).toBeNull();
    const rv = back.getRange("A2").getDataValidation()!;
    expect(rv.getCriteriaType()).toBe("VALUE_IN_RANGE");
    const target = rv.getCriteriaValues()[0] as {
      getA1Notation(): string;
      getSheet(): { getName(): string };
    };
    expect([target.getSheet().getName(), target.getA1Notation()]).toEqual(["Đơn vị", "A2:A1000"]);
  });

  it("keeps every value and type of random cells (property)", async () => {
    const day = fc
      .record({
        y: fc.integer({ min: 1950, max: 2060 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => vnMidnight(y, m, d));
    const text = fc
      .string({ unit: "grapheme", maxLength: 30 })
      .filter((s) => s.trim() !== "" && s.normalize("NFC") === s)
      .map((s) => `'${s}`);
    const cell = fc.oneof(
      text,
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
        .map((x) => (x === 0 ? 0 : x)),
      fc.integer(),
      fc.boolean(),
      day,
    );
    const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const ss = emptySpreadsheet();
        addTab(ss._env, ss, "Ngẫu nhiên", rows);
        const back = await roundTrip(ss);
        expect(snapshot(back)).toEqual(snapshot(ss));
      }),
      { numRuns: 40 },
    );
  });
});
