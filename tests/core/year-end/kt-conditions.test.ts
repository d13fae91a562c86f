import { describe, expect, it } from "vitest";
import { SETTING } from "../../../src/core/contract/workbook";
import {
  codesOn,
  LE_LOI,
  messageOn,
  NGO_QUYEN,
  PEOPLE,
  passed,
  past,
  type RegSpec,
  scenario,
} from "./fixture";

const HOA = "Trần Thị Hoa";
const LDTT = "Lao động tiên tiến";
const DECIDED = { initiativeDecision: "12/QĐ-HĐKH" };
/** Hoa reaches LĐTT and CSTĐCS this year, with six colleagues LĐTT (7 LĐTT: one CSTĐCS fits 15%). */
const hoaThisYear: RegSpec[] = [
  { person: HOA, title: "CSTĐCS", outcome: "Đạt", ...DECIDED },
  ...passed(LDTT, 7),
];

describe("KT04: Điều kiện nhiều năm", () => {
  const cstdtp: RegSpec = { person: HOA, title: "CSTĐTP", outcome: "Đạt", ...DECIDED };

  it("is met by two past years in the history and this year", () => {
    const run = scenario({
      regs: [cstdtp, ...hoaThisYear],
      // The history spells the names its own way: the same person under nameKey.
      history: [
        past(2018, "Trần  thị Hoa", "CSTĐCS", "", "UBND Phường Lê Lợi"),
        past("2019", HOA, "Chiến sỹ thi đua cơ sở"),
      ],
    });
    expect(codesOn(run, 0)).toEqual([]);
    expect(run.evaluation.verdicts[0]?.proposed).toBe(true);
  });

  it("is missed by one year, and the message names it", () => {
    const run = scenario({ regs: [cstdtp, ...hoaThisYear], history: [past(2019, HOA, "CSTĐCS")] });
    expect(codesOn(run, 0)).toEqual(["KT04"]);
    expect(messageOn(run, 0, "KT04")).toContain(
      "Cá nhân 'Trần Thị Hoa' (UBND phường Lê Lợi) đạt 'Chiến sĩ thi đua Thành phố' nhưng chưa đủ 3 năm liên tục CSTĐCS: thiếu năm 2018.",
    );
  });

  it("counts this year as the last of the N: this year's CSTĐCS must be Đạt", () => {
    const run = scenario({
      regs: [cstdtp, { ...hoaThisYear[0]!, outcome: "Không đạt" }, ...passed(LDTT, 7)],
      history: [past(2018, HOA, "CSTĐCS"), past(2019, HOA, "CSTĐCS")],
    });
    expect(messageOn(run, 0, "KT04")).toContain("thiếu năm 2020");
  });

  it("is met through a rating (2 năm liên tục: HTXSNV), and missed when this year's rating is lower", () => {
    const bktp = (rating: string): RegSpec => ({
      person: HOA,
      title: "BKTP",
      outcome: "Đạt",
      rating,
      ...DECIDED,
    });
    const history = [past(2019, HOA, "", "HTXSNV")];
    expect(codesOn(scenario({ regs: [bktp("Hoàn thành xuất sắc nhiệm vụ")], history }), 0)).toEqual([]);
    const lower = scenario({ regs: [bktp("HTTNV")], history });
    expect(messageOn(lower, 0, "KT04")).toContain("chưa đủ 2 năm liên tục HTXSNV: thiếu năm 2020.");
    const none = scenario({ regs: [bktp("HTXSNV")] });
    expect(messageOn(none, 0, "KT04")).toContain("thiếu năm 2019.");
  });
});

describe("KT05: Điều kiện tập thể", () => {
  const ttldxs = (unit: string, ldtt: number, cstdcs = 1): RegSpec[] => [
    { unit, title: "TTLĐXS", outcome: "Đạt" },
    { unit, title: "TTLĐTT", outcome: "Đạt" },
    ...passed(LDTT, ldtt, unit),
    ...passed("CSTĐCS", cstdcs, unit, DECIDED),
  ];

  it("passes a unit with 7/10 LĐTT and one CSTĐCS, fails one with 5/10 and none", () => {
    const run = scenario({ regs: [...ttldxs(LE_LOI, 7), ...ttldxs(NGO_QUYEN, 5, 0)] });
    expect(codesOn(run, 0)).toEqual([]);
    expect(run.evaluation.verdicts[0]?.proposed).toBe(true);
    const failing = 2 + 7 + 1;
    expect(codesOn(run, failing)).toEqual(["KT05"]);
    expect(messageOn(run, failing, "KT05")).toBe(
      "Tập thể 'UBND phường Ngô Quyền' chưa đủ điều kiện 'Tập thể lao động xuất sắc': 5/10 LĐTT = 50% < 70% (cần ít nhất 7 người, làm tròn xuống); 0 CSTĐCS < 1 (cần ít nhất 1 cá nhân đạt 'Chiến sĩ thi đua cơ sở').",
    );
    expect(run.evaluation.verdicts[failing]?.findings[0]).toMatchObject({
      unit: NGO_QUYEN,
      row: failing + 2,
    });
  });

  it("rounds the needed share per Làm tròn tỷ lệ: 70% of 5 = 3.5 → 3 (Xuống) or 4 (Gần nhất)", () => {
    const regs = ttldxs(LE_LOI, 3);
    const headcounts = { [LE_LOI]: 5 };
    expect(codesOn(scenario({ regs, headcounts }), 0)).toEqual([]);
    const nearest = scenario({ regs, headcounts, settings: { [SETTING.shareRounding]: "Gần nhất" } });
    expect(messageOn(nearest, 0, "KT05")).toContain(
      "3/5 LĐTT = 60% < 70% (cần ít nhất 4 người, làm tròn đến số gần nhất)",
    );
  });

  it("is a warning when Số cán bộ is blank: the row is still proposed", () => {
    const run = scenario({ regs: ttldxs(LE_LOI, 7), headcounts: { [LE_LOI]: "" } });
    expect(run.evaluation.verdicts[0]?.findings.map((f) => [f.code, f.severity])).toEqual([
      ["KT05", "Cảnh báo"],
    ]);
    expect(messageOn(run, 0, "KT05")).toContain("chưa có 'Số cán bộ' trong trang Đơn vị (hiện có 7 LĐTT)");
    expect(run.evaluation.verdicts[0]?.proposed).toBe(true);
  });
});

describe("KT06: more Đạt than Tỷ lệ tối đa allows", () => {
  // 15% of 10 LĐTT = 1.5: one CSTĐCS with Xuống, two with Gần nhất.
  const regs: RegSpec[] = [...passed("CSTĐCS", 2, LE_LOI, DECIDED), ...passed(LDTT, 10)];

  it("flags the CSTĐCS over the cap with Xuống, not with Gần nhất", () => {
    const down = scenario({ regs });
    expect([codesOn(down, 0), codesOn(down, 1)]).toEqual([[], ["KT06"]]);
    expect(messageOn(down, 1, "KT06")).toBe(
      `Cá nhân '${PEOPLE[1]}' (UBND phường Lê Lợi): đơn vị 'UBND phường Lê Lợi' có 2 'Chiến sĩ thi đua cơ sở' đạt, vượt tỷ lệ tối đa 15% LĐTT: 10 LĐTT đạt → tối đa 1 (làm tròn xuống). Hội đồng cần chọn lại; dòng này vượt tỷ lệ nên chưa được đề nghị.`,
    );
    const nearest = scenario({ regs, settings: { [SETTING.shareRounding]: "Gần nhất" } });
    expect([codesOn(nearest, 0), codesOn(nearest, 1)]).toEqual([[], []]);
  });

  it("fills the cap with the rows no other error keeps off the list", () => {
    const run = scenario({
      regs: [
        { ...regs[0]!, initiativeDecision: "" },
        regs[1]!,
        { ...passed("CSTĐCS", 3, LE_LOI, DECIDED)[2]! },
        ...passed(LDTT, 10),
      ],
    });
    expect([codesOn(run, 0), codesOn(run, 1), codesOn(run, 2)]).toEqual([["KT02", "KT06"], [], ["KT06"]]);
  });
});
