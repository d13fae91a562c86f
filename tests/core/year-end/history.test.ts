import { describe, expect, it } from "vitest";
import { HISTORY, TAB } from "../../../src/core/contract/workbook";
import { civilDate } from "../../../src/core/dates/civil-date";
import { LE_LOI, past, scenario } from "./fixture";

describe("Lịch sử khen thưởng", () => {
  it("reads entries: people by name key within their unit, titles resolved or kept as written", () => {
    const run = scenario({
      regs: [],
      history: [
        {
          ...past(2019, "Trần  Thị Hoà", "CSTĐCS", "htxsnv"),
          [HISTORY.decisionNo]: "45/QĐ-UBND",
          [HISTORY.decisionDate]: "05/01/2020",
        },
        { ...past(2018, "", "Huân chương Lao động hạng Ba"), [HISTORY.subject]: "" },
      ],
    });
    expect(run.history).toEqual([
      {
        year: 2019,
        unitName: LE_LOI,
        unitKey: "ubnd phường lê lợi",
        subject: "Cá nhân",
        person: "Trần Thị Hoà",
        personKey: "trần thị hoà",
        title: run.index.title("CSTĐCS"),
        ratingAbbr: "HTXSNV",
        decisionNo: "45/QĐ-UBND",
        decisionDate: civilDate(5, 1, 2020),
        row: 2,
      },
      expect.objectContaining({
        year: 2018,
        subject: "Tập thể",
        title: "Huân chương Lao động hạng Ba",
        personKey: "",
      }),
    ]);
    expect(run.historyFindings).toEqual([]);
  });

  it("reports an unusable year (BT03, row left out) and an unknown rating (KT09)", () => {
    const run = scenario({
      regs: [],
      history: [past("năm ngoái", "Trần Thị Hoa", "LĐTT"), past(2019, "Trần Thị Hoa", "LĐTT", "Giỏi")],
    });
    expect(run.history.map((e) => [e.year, e.ratingAbbr])).toEqual([[2019, null]]);
    expect(run.historyFindings.map((f) => [f.code, f.sheet, f.row, f.column])).toEqual([
      ["BT03", TAB.history, 2, HISTORY.year],
      ["KT09", TAB.history, 3, HISTORY.rating],
    ]);
    expect(run.historyFindings[0]?.message).toContain("đang là 'năm ngoái'");
  });
});
