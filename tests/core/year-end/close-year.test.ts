import { describe, expect, it } from "vitest";
import { HISTORY } from "../../../src/core/contract/workbook";
import { civilDate } from "../../../src/core/dates/civil-date";
import { closeYear } from "../../../src/core/year-end/close-year";
import { LE_LOI, past, type RegSpec, type Scenario, scenario } from "./fixture";

const LDTT = "Lao động tiên tiến";
const regs = (decisionNo: string): RegSpec[] => [
  {
    person: "Trần Thị Hoa",
    title: "LĐTT",
    outcome: "Đạt",
    rating: "HTXSNV",
    decisionNo,
    decisionDate: "05/01/2021",
  },
  { title: "TTLĐTT", outcome: "Đạt" },
  { person: "Nguyễn Văn An", title: LDTT, outcome: "Không đạt", rating: "Hoàn thành tốt nhiệm vụ" },
  { person: "Lê Văn Bình", title: LDTT },
  { person: "Trần Thị Hoa", title: "LĐTT", outcome: "Đạt" }, // a duplicate row: recorded once
];
const close = (s: Scenario) => {
  const run = scenario(s);
  return closeYear(run.regs, run.history, run.index);
};

describe("closing the year", () => {
  const first = close({ regs: regs("45/QĐ-UBND"), history: [past(2019, "Trần Thị Hoa", "LĐTT")] });

  it("appends this year's Đạt rows, and the rating of a subject rated without any Đạt", () => {
    expect(first.append).toEqual([
      {
        [HISTORY.year]: 2020,
        [HISTORY.unit]: LE_LOI,
        [HISTORY.subject]: "Cá nhân",
        [HISTORY.person]: "Trần Thị Hoa",
        [HISTORY.title]: LDTT,
        [HISTORY.rating]: "Hoàn thành xuất sắc nhiệm vụ",
        [HISTORY.decisionNo]: "45/QĐ-UBND",
        [HISTORY.decisionDate]: civilDate(5, 1, 2021),
      },
      expect.objectContaining({
        [HISTORY.subject]: "Tập thể",
        [HISTORY.person]: "",
        [HISTORY.title]: "Tập thể lao động tiên tiến",
      }),
      expect.objectContaining({
        [HISTORY.person]: "Nguyễn Văn An",
        [HISTORY.title]: "",
        [HISTORY.rating]: "Hoàn thành tốt nhiệm vụ",
      }),
    ]);
    expect(first.update).toEqual([]);
  });

  it("appends nothing twice when run again, and updates a changed decision number", () => {
    const history = [past(2019, "Trần Thị Hoa", "LĐTT"), ...first.append];
    expect(close({ regs: regs("45/QĐ-UBND"), history })).toEqual({ append: [], update: [] });
    expect(close({ regs: regs("46/QĐ-UBND"), history })).toEqual({
      append: [],
      update: [{ row: 3, values: { [HISTORY.decisionNo]: "46/QĐ-UBND" } }],
    });
    // A blank cell this year never clears what the office typed in the history.
    expect(close({ regs: regs(""), history }).update).toEqual([]);
  });
});
