import { beforeAll, describe, expect, it } from "vitest";
import { REG, RESULT, SETTING, TAB, UNIT } from "../../src/core/contract/workbook";
import { FINDING_CODES } from "../../src/core/findings/catalogue";
import { codesIn, LATE, TITLES, type Workbook } from "../../tools/fixtures/clean-workbook";
import { INITIATIVE_DECISION, yearEndWorkbook } from "../../tools/fixtures/year-end-workbook";
import {
  addHistory,
  addRow,
  C1,
  COMMUNE,
  INITIATIVE,
  newcomer,
  OTHER_WARD,
  passed,
  personOf,
  rowOf,
  setCells,
  WARD,
} from "./helpers";

// Each KT code of RULES.md on the built bundle: `Kiểm tra dữ liệu` on the clean year end (every
// row decided, every condition met) finds nothing; one change made for the code raises it, on the
// row it is about, with the person, the condition and the numbers in its message.

interface KtCase {
  code: string;
  when: string;
  /** Changes the clean year end; returns the row (of `Cụm 1`) the finding must show on. */
  mutate: (wb: Workbook) => number;
  /** Codes that come with this one by design (the report must hold no other). */
  alsoAllowed?: string[];
  /** Texts the finding's message must hold. */
  says: string[];
}

const CSTDTP = "Chiến sĩ thi đua Thành phố";
const BKTP = "Bằng khen của Chủ tịch UBND Thành phố";
const HTXSNV = "Hoàn thành xuất sắc nhiệm vụ";

const CASES: KtCase[] = [
  {
    code: "KT01",
    when: "a row registered in another cluster's tab (DK03) is Đạt",
    mutate: (wb) => addRow(wb, C1, COMMUNE, newcomer(0), TITLES.ldtt, passed()),
    alsoAllowed: ["DK03"],
    says: [newcomer(0), "dòng còn lỗi DK03", "không được đề nghị"],
  },
  {
    code: "KT01",
    when: "a late row (DK12) is Đạt while Chỉ xét đăng ký đúng hạn is Có",
    mutate: (wb) => addRow(wb, C1, WARD, newcomer(1), TITLES.ldtt, passed(), { [REG.date]: LATE }),
    alsoAllowed: ["DK12"],
    says: [newcomer(1), "đăng ký sau hạn (DK12)", "'Chỉ xét đăng ký đúng hạn' là 'Có'"],
  },
  {
    code: "KT02",
    when: "a CSTĐCS is Đạt without the decision recognising its initiative",
    mutate: (wb) => {
      const row = rowOf(wb, C1, WARD, TITLES.cstdcs, personOf(WARD, 0));
      setCells(wb, C1, row, { [RESULT.initiativeDecision]: null });
      return row;
    },
    says: [personOf(WARD, 0), "Số QĐ công nhận sáng kiến", "còn trống"],
  },
  {
    code: "KT03",
    when: "a TTLĐXS is Đạt while the unit's TTLĐTT is Không đạt",
    mutate: (wb) => {
      setCells(wb, C1, rowOf(wb, C1, WARD, TITLES.ttldtt), { [RESULT.outcome]: "Không đạt" });
      return rowOf(wb, C1, WARD, TITLES.ttldxs);
    },
    says: [WARD, "chưa đạt 'Tập thể lao động tiên tiến' năm 2020"],
  },
  {
    code: "KT04",
    when: "a CSTĐTP is Đạt with CSTĐCS in 2019 and 2020 but not 2018",
    mutate: (wb) => {
      addHistory(wb, [[2019, WARD, personOf(WARD, 0), "CSTĐCS"]]);
      return addRow(
        wb,
        C1,
        WARD,
        personOf(WARD, 0),
        CSTDTP,
        passed({ [RESULT.initiativeDecision]: "16/QĐ" }),
        INITIATIVE,
      );
    },
    says: [personOf(WARD, 0), "3 năm liên tục CSTĐCS", "thiếu năm 2018"],
  },
  {
    code: "KT04",
    when: "a BKTP is Đạt with HTXSNV this year but not in 2019",
    mutate: (wb) => {
      const who = personOf(WARD, 2);
      addHistory(wb, [[2019, WARD, who, "", "Hoàn thành tốt nhiệm vụ"]]);
      setCells(wb, C1, rowOf(wb, C1, WARD, TITLES.ldtt, who), { [RESULT.rating]: HTXSNV });
      return addRow(
        wb,
        C1,
        WARD,
        who,
        BKTP,
        passed({ [RESULT.initiativeDecision]: "17/QĐ", [RESULT.rating]: HTXSNV }),
        INITIATIVE,
      );
    },
    says: [personOf(WARD, 2), "2 năm liên tục HTXSNV", "thiếu năm 2019"],
  },
  {
    code: "KT05",
    when: "a TTLĐXS is Đạt with 7 LĐTT of 20 staff",
    mutate: (wb) => {
      wb.set(TAB.units, wb.findRow(TAB.units, UNIT.name, WARD), UNIT.headcount, 20);
      return rowOf(wb, C1, WARD, TITLES.ttldxs);
    },
    says: [WARD, "7/20 LĐTT = 35% < 70%", "cần ít nhất 14 người"],
  },
  {
    code: "KT05",
    when: "a TTLĐXS is Đạt and its unit has no Số cán bộ (a warning)",
    mutate: (wb) => {
      wb.set(TAB.units, wb.findRow(TAB.units, UNIT.name, WARD), UNIT.headcount, null);
      return rowOf(wb, C1, WARD, TITLES.ttldxs);
    },
    says: [WARD, "chưa xét được điều kiện '70% LĐTT'", "Số cán bộ"],
  },
  {
    code: "KT06",
    when: "a second CSTĐCS is Đạt in a unit of 7 LĐTT (15% → at most 1)",
    mutate: (wb) =>
      addRow(
        wb,
        C1,
        WARD,
        personOf(WARD, 1),
        TITLES.cstdcs,
        passed({ [RESULT.initiativeDecision]: INITIATIVE_DECISION }),
        INITIATIVE,
      ),
    alsoAllowed: ["DK15"],
    says: [personOf(WARD, 1), "có 2 'Chiến sĩ thi đua cơ sở' đạt", "7 LĐTT đạt → tối đa 1"],
  },
  {
    code: "KT07",
    when: "a City flag is Đạt for a ward the scoring does not propose as leader",
    mutate: (wb) => {
      const row = rowOf(wb, C1, WARD, TITLES.ctdtp);
      setCells(wb, C1, row, passed());
      return row;
    },
    says: [WARD, "chỉ dành cho đơn vị dẫn đầu cụm", "Cụm 1"],
  },
  {
    code: "KT08",
    when: "a row has no Kết quả bình xét yet",
    mutate: (wb) => {
      const row = rowOf(wb, C1, WARD, TITLES.ctdtp);
      setCells(wb, C1, row, { [RESULT.outcome]: null });
      return row;
    },
    says: [WARD, "chưa có 'Kết quả bình xét'"],
  },
  {
    code: "KT09",
    when: "Kết quả bình xét holds a value outside its list",
    mutate: (wb) => {
      const row = rowOf(wb, C1, WARD, TITLES.ctdtp);
      setCells(wb, C1, row, { [RESULT.outcome]: "Đạt rồi" });
      return row;
    },
    says: [WARD, "'Đạt rồi', không thuộc danh sách"],
  },
  {
    code: "KT09",
    when: "Xếp loại holds a value outside its list",
    mutate: (wb) => {
      const row = rowOf(wb, C1, WARD, TITLES.ldtt, personOf(WARD, 5));
      setCells(wb, C1, row, { [RESULT.rating]: "Giỏi" });
      return row;
    },
    says: [personOf(WARD, 5), "'Xếp loại' là 'Giỏi'"],
  },
];

describe("the clean year end", () => {
  it("has no finding at all, and every KT code of RULES.md has a case here", () => {
    const wb = yearEndWorkbook();
    const alert = wb.checkData();
    expect(alert).toMatch(/^Lỗi: 0 · Cảnh báo: 0 · Thông tin: 0\./);
    expect(alert).toContain("Bình xét cuối năm 2020:");
    expect(alert).toContain("0 dòng 'Đạt' chưa đủ điều kiện");
    const kt = FINDING_CODES.map((f) => f.code).filter((c) => c.startsWith("KT"));
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(kt));
  });
});

describe.each(CASES)("$code when $when", (c) => {
  let wb: Workbook;
  let row: number;
  beforeAll(() => {
    wb = yearEndWorkbook();
    row = c.mutate(wb);
    wb.checkData();
  });

  it("is listed in BC Kiểm tra, under Bình xét cuối năm, with no unrelated code", () => {
    const codes = wb.reportCodes();
    expect(codes.get(c.code) ?? 0).toBeGreaterThan(0);
    const allowed = new Set([c.code, ...(c.alsoAllowed ?? [])]);
    expect([...codes.keys()].filter((k) => !allowed.has(k))).toEqual([]);
    expect(wb.reportLines().some((l) => l.startsWith("BÌNH XÉT CUỐI NĂM"))).toBe(true);
  });

  it("shows on the row it is about, naming the person, the condition and the numbers", () => {
    const status = wb.status(C1, row);
    expect(codesIn(status)).toContain(c.code);
    const line = status.split("\n").find((l) => l.startsWith(`${c.code}:`)) ?? "";
    for (const text of c.says) expect(line).toContain(text);
  });
});

describe("Chỉ xét đăng ký đúng hạn", () => {
  /** A late LĐTT of the ward, and a unit of cluster 9 whose only row is late (DV02), both Đạt. */
  const lateYearEnd = (onTimeOnly: string) => {
    const wb = yearEndWorkbook();
    wb.setSetting(SETTING.onTimeOnly, onTimeOnly);
    const late = addRow(wb, C1, WARD, newcomer(1), TITLES.ldtt, passed(), { [REG.date]: LATE });
    const tab = "Cụm 9";
    const unit = "Hội Chữ thập đỏ thị xã";
    const only = rowOf(wb, tab, unit, TITLES.ttldtt);
    wb.set(tab, only, REG.date, LATE);
    wb.checkData();
    return { wb, late: wb.status(C1, late), dv02: wb.status(tab, only) };
  };

  it("'Có': a late row, and every row of a unit with none on time (DV02), is not proposed (KT01)", () => {
    const { late, dv02 } = lateYearEnd("Có");
    expect(codesIn(late)).toEqual(["DK12", "KT01"]);
    expect(codesIn(dv02)).toEqual(["DK12", "KT01"]);
    expect(dv02).toContain("bị DV02 (không có đăng ký đúng hạn)");
  });

  it("'Không': the same rows are proposed, only DK12 stays", () => {
    const { wb, late, dv02 } = lateYearEnd("Không");
    expect(codesIn(late)).toEqual(["DK12"]);
    expect(codesIn(dv02)).toEqual(["DK12"]);
    expect(wb.reportCodes().get("KT01")).toBeUndefined();
  });
});

describe("Làm tròn tỷ lệ", () => {
  /** The ward with 10 LĐTT and 2 CSTĐCS, all Đạt: 15% of 10 = 1.5. */
  const twoFighters = (rounding: string) => {
    const wb = yearEndWorkbook();
    wb.setSetting(SETTING.shareRounding, rounding);
    for (const i of [0, 1, 2]) addRow(wb, C1, WARD, newcomer(i), TITLES.ldtt, passed());
    const second = addRow(
      wb,
      C1,
      WARD,
      personOf(WARD, 1),
      TITLES.cstdcs,
      passed({ [RESULT.initiativeDecision]: INITIATIVE_DECISION }),
      INITIATIVE,
    );
    wb.checkData();
    return wb.status(C1, second);
  };

  it("'Xuống' allows 1 CSTĐCS of 10 LĐTT: the second is over the cap (KT06)", () => {
    const status = twoFighters("Xuống");
    expect(codesIn(status)).toContain("KT06");
    expect(status).toContain("10 LĐTT đạt → tối đa 1 (làm tròn xuống)");
  });

  it("'Gần nhất' allows 2: both are proposed", () => {
    expect(codesIn(twoFighters("Gần nhất"))).not.toContain("KT06");
  });
});

describe("the multi-year and leader conditions, when met", () => {
  it("propose a CSTĐTP with CSTĐCS in 2018, 2019 and 2020", () => {
    const wb = yearEndWorkbook();
    addHistory(wb, [
      [2018, WARD, personOf(WARD, 0), "Chiến sĩ thi đua cơ sở"],
      [2019, WARD, personOf(WARD, 0), "CSTĐCS"],
    ]);
    const row = addRow(
      wb,
      C1,
      WARD,
      personOf(WARD, 0),
      CSTDTP,
      passed({ [RESULT.initiativeDecision]: "16/QĐ" }),
      INITIATIVE,
    );
    expect(wb.checkData()).toMatch(/^Lỗi: 0 · Cảnh báo: 0 · Thông tin: 0\./);
    expect(wb.status(C1, row)).toBe("Hợp lệ");
  });

  it("propose the City flag of the ward the scoring puts first, and only it", async () => {
    const { fillScores, scaled } = await import("../../tools/fixtures/score-workbook");
    const wb = yearEndWorkbook();
    wb.sb.call("prepareScoreSheets");
    fillScores(
      wb,
      "1",
      scaled((unit) => (unit === WARD ? 0.95 : 0.8)),
    );
    const flag = rowOf(wb, C1, WARD, TITLES.ctdtp);
    setCells(wb, C1, flag, passed());
    const other = rowOf(wb, C1, OTHER_WARD, TITLES.ctdtp);
    setCells(wb, C1, other, passed());
    wb.checkData();
    expect(wb.status(C1, flag)).toBe("Hợp lệ");
    expect(codesIn(wb.status(C1, other))).toEqual(["KT07"]);
  });
});
