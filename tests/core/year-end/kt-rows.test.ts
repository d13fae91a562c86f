import { describe, expect, it } from "vitest";
import { RESULT, SETTING, TAB, UNIT } from "../../../src/core/contract/workbook";
import { error } from "../../../src/core/findings/make";
import type { Registration } from "../../../src/core/rules/registrations/registration";
import { codesOn, LE_LOI, messageOn, NGO_QUYEN, passed, rowError, scenario } from "./fixture";

const HOA = "Trần Thị Hoa";
const AN = "Nguyễn Văn An";
const LDTT = "Lao động tiên tiến";

describe("KT01: Đạt on a row that cannot count", () => {
  const regs = [
    { person: HOA, title: LDTT, outcome: "Đạt" },
    { person: "Nguyễn Văn An", title: LDTT, outcome: "Đạt" },
  ];

  it("fires on a row with an error other than DK12, whatever the setting", () => {
    for (const onTime of ["Có", "Không"]) {
      const run = scenario({
        regs,
        settings: { [SETTING.onTimeOnly]: onTime },
        findings: (r) => [rowError(r[0]!, "DK03")],
      });
      expect(codesOn(run, 0)).toEqual(["KT01"]);
      expect(messageOn(run, 0, "KT01")).toContain("dòng còn lỗi DK03");
      expect(codesOn(run, 1)).toEqual([]);
    }
  });

  it("fires on a late row only while Chỉ xét đăng ký đúng hạn is Có", () => {
    const late = { regs, findings: (r: readonly Registration[]) => [rowError(r[0]!, "DK12")] };
    const yes = scenario({ ...late, settings: { [SETTING.onTimeOnly]: "Có" } });
    expect(codesOn(yes, 0)).toEqual(["KT01"]);
    expect(messageOn(yes, 0, "KT01")).toBe(
      "Cá nhân 'Trần Thị Hoa' (UBND phường Lê Lợi) được bình xét 'Đạt' danh hiệu 'Lao động tiên tiến' nhưng dòng đăng ký không được tính: đăng ký sau hạn (DK12) trong khi 'Chỉ xét đăng ký đúng hạn' là 'Có'. Dòng này không được đề nghị khen thưởng.",
    );
    expect(yes.evaluation.verdicts[0]?.findings[0]).toMatchObject({
      sheet: "Cụm 1",
      row: 2,
      column: RESULT.outcome,
      unit: LE_LOI,
    });
    const no = scenario({ ...late, settings: { [SETTING.onTimeOnly]: "Không" } });
    expect(codesOn(no, 0)).toEqual([]);
    expect(no.evaluation.verdicts[0]?.proposed).toBe(true);
  });

  it("fires on the rows of a DV02 unit only while Chỉ xét đăng ký đúng hạn is Có", () => {
    const dv02 = error("DV02", { sheet: TAB.units, row: null, column: UNIT.name, unit: LE_LOI }, "DV02");
    const both = [...regs, { unit: NGO_QUYEN, person: "Lê Văn Bình", title: LDTT, outcome: "Đạt" }];
    const yes = scenario({ regs: both, findings: () => [dv02] });
    expect([codesOn(yes, 0), codesOn(yes, 1), codesOn(yes, 2)]).toEqual([["KT01"], ["KT01"], []]);
    expect(messageOn(yes, 0, "KT01")).toContain("bị DV02");
    const no = scenario({ regs: both, findings: () => [dv02], settings: { [SETTING.onTimeOnly]: "Không" } });
    expect(codesOn(no, 0)).toEqual([]);
  });

  it("fires on a row the plan cannot read even when no row finding is passed", () => {
    const run = scenario({ regs: [{ person: HOA, title: "Danh hiệu lạ", outcome: "Đạt" }, regs[1]!] });
    expect(messageOn(run, 0, "KT01")).toContain("danh hiệu 'Danh hiệu lạ' không có trong trang Danh hiệu");
    expect(run.evaluation.verdicts.map((v) => v.proposed)).toEqual([false, true]);
  });
});

describe("KT02: an initiative title without the decision recognising it", () => {
  it("fires when Số QĐ công nhận sáng kiến is blank, not when it is filled", () => {
    const run = scenario({
      regs: [
        { unit: LE_LOI, person: HOA, title: "CSTĐCS", outcome: "Đạt" },
        { unit: NGO_QUYEN, person: AN, title: "CSTĐCS", outcome: "Đạt", initiativeDecision: "12/QĐ-HĐKH" },
        ...passed(LDTT, 7, LE_LOI),
        ...passed(LDTT, 7, NGO_QUYEN),
      ],
    });
    expect(codesOn(run, 0)).toEqual(["KT02"]);
    expect(run.evaluation.verdicts[0]?.findings[0]?.column).toBe(RESULT.initiativeDecision);
    expect(messageOn(run, 0, "KT02")).toContain("'Chiến sĩ thi đua cơ sở' (danh hiệu yêu cầu sáng kiến)");
    expect(codesOn(run, 1)).toEqual([]);
  });
});

describe("KT03: the prerequisite title not reached this year", () => {
  it("fires when the same person's LĐTT is not Đạt", () => {
    const run = scenario({
      regs: [
        { unit: LE_LOI, person: HOA, title: "CSTĐCS", outcome: "Đạt", initiativeDecision: "12/QĐ" },
        { unit: NGO_QUYEN, person: AN, title: "CSTĐCS", outcome: "Đạt", initiativeDecision: "13/QĐ" },
        { unit: LE_LOI, person: HOA, title: LDTT, outcome: "Không đạt" },
        ...passed(LDTT, 8, LE_LOI).slice(1),
        ...passed(LDTT, 7, NGO_QUYEN),
      ],
    });
    expect(codesOn(run, 0)).toEqual(["KT03"]);
    expect(messageOn(run, 0, "KT03")).toBe(
      "Cá nhân 'Trần Thị Hoa' (UBND phường Lê Lợi) đạt 'Chiến sĩ thi đua cơ sở' nhưng chưa đạt 'Lao động tiên tiến' năm 2020 (điều kiện kèm theo). Hãy xem lại kết quả 'Lao động tiên tiến' của cùng đối tượng.",
    );
    expect(codesOn(run, 1)).toEqual([]);
  });
});

describe("KT07: a leaders-only title for a unit the scoring does not propose", () => {
  it("fires for a unit not proposed as leader, not for the leader", () => {
    const run = scenario({
      regs: [
        { unit: LE_LOI, title: "CTĐTP", outcome: "Đạt" },
        { unit: NGO_QUYEN, title: "CTĐTP", outcome: "Đạt" },
      ],
      leaders: [NGO_QUYEN],
    });
    expect(codesOn(run, 0)).toEqual(["KT07"]);
    expect(messageOn(run, 0, "KT07")).toContain("không đề nghị đơn vị dẫn đầu Cụm 1");
    expect(codesOn(run, 1)).toEqual([]);
  });
});

describe("KT08: a registered row without a result", () => {
  it("is information on each pending row, not on decided ones", () => {
    const run = scenario({
      regs: [
        { person: HOA, title: LDTT },
        { person: "Nguyễn Văn An", title: LDTT, outcome: "Không đạt" },
      ],
    });
    expect(run.evaluation.verdicts[0]?.findings).toEqual([
      expect.objectContaining({ code: "KT08", severity: "Thông tin", row: 2, column: RESULT.outcome }),
    ]);
    expect(codesOn(run, 1)).toEqual([]);
    expect(run.evaluation.verdicts.map((v) => v.outcome)).toEqual(["pending", "failed"]);
  });
});

describe("KT09: a result or rating outside its list", () => {
  it("names the value and the allowed ones", () => {
    const run = scenario({
      regs: [
        { person: HOA, title: LDTT, outcome: "Dat", rating: "Xuất sắc" },
        { person: "Nguyễn Văn An", title: LDTT, outcome: "đạt", rating: "htxsnv" },
      ],
    });
    expect(run.evaluation.verdicts[0]?.findings.map((f) => [f.code, f.severity, f.column])).toEqual([
      ["KT09", "Cảnh báo", RESULT.outcome],
      ["KT09", "Cảnh báo", RESULT.rating],
    ]);
    expect(messageOn(run, 0, "KT09")).toContain(
      "là 'Dat', không thuộc danh sách. Chỉ ghi 'Đạt', 'Không đạt'",
    );
    expect(run.evaluation.verdicts[0]?.findings[1]?.message).toContain(
      "'Hoàn thành xuất sắc nhiệm vụ' (HTXSNV)",
    );
    expect(run.evaluation.verdicts[0]?.outcome).toBe("invalid");
    expect(codesOn(run, 1)).toEqual([]);
    expect(run.evaluation.verdicts[1]).toMatchObject({ outcome: "passed", rating: "HTXSNV", proposed: true });
  });
});
