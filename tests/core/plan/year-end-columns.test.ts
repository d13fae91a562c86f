import { describe, expect, it } from "vitest";
import { HEADERS, TAB, TITLE, UNIT } from "../../../src/core/contract/workbook";
import { TITLE_ROWS } from "../../../src/core/template";
import { grid, planOf, type Row, workbook } from "./workbook";

const titleRows = (changes: Record<string, Row>): Row[] =>
  TITLE_ROWS.map((r) => ({ ...r, ...(changes[String(r[TITLE.abbreviation])] ?? {}) }));
const titlesOf = (changes: Record<string, Row>) => planOf(workbook({ titles: titleRows(changes) }));
const bt03 = (changes: Record<string, Row>) =>
  titlesOf(changes).findings.filter((f) => f.code === "BT03" && f.sheet === TAB.titles);

describe("the year-end columns of Danh hiệu", () => {
  it("reads the template's levels and conditions", () => {
    const { index, findings } = titlesOf({});
    expect(findings.filter((f) => f.code === "BT03")).toEqual([]);
    const t = (abbr: string) => index.title(abbr);
    expect(t("LĐTT")).toMatchObject({
      decisionLevel: "Thị xã",
      multiYear: null,
      collective: [],
      leaderOnly: false,
    });
    expect(t("CSTĐTP")?.decisionLevel).toBe("Thành phố");
    expect(t("CSTĐTP")?.multiYear).toEqual({
      years: 3,
      of: { kind: "title", title: "CSTĐCS" },
      label: "3 năm liên tục: CSTĐCS",
    });
    expect(t("BKTP")?.multiYear?.of).toEqual({ kind: "rating", rating: "HTXSNV" });
    expect(t("TTLĐXS")?.collective).toEqual([
      { kind: "share", fraction: 0.7, title: "LĐTT", label: "70% LĐTT" },
      { kind: "count", count: 1, title: "CSTĐCS", label: "1 CSTĐCS" },
    ]);
    expect(t("CTĐTP")?.leaderOnly).toBe(true);
  });

  it("takes a rating by its full name and a title by its full name", () => {
    const { index } = titlesOf({
      BKTP: { [TITLE.multiYear]: "2 năm liên tục: Hoàn thành xuất sắc nhiệm vụ" },
      CSTĐTP: { [TITLE.multiYear]: "3 Năm liên tục : Chiến sỹ thi đua cơ sở" },
    });
    expect(index.title("BKTP")?.multiYear?.of).toEqual({ kind: "rating", rating: "HTXSNV" });
    expect(index.title("CSTĐTP")?.multiYear?.of).toEqual({ kind: "title", title: "Chiến sỹ thi đua cơ sở" });
  });

  it("reports unusable conditions as BT03 and keeps the title", () => {
    const changes = {
      CSTĐTP: { [TITLE.multiYear]: "ba năm liền CSTĐCS" },
      TTLĐXS: { [TITLE.collectiveCondition]: "70% LĐTT; nhiều CSTĐCS" },
      CTĐTP: { [TITLE.leaderOnly]: "x" },
    };
    const findings = bt03(changes);
    expect(findings.map((f) => [f.row, f.column])).toEqual([
      [4, TITLE.multiYear],
      [8, TITLE.collectiveCondition],
      [9, TITLE.leaderOnly],
    ]);
    expect(findings[0]?.message).toContain("'N năm liên tục: X'");
    expect(findings[1]?.message).toContain("'nhiều CSTĐCS' không đọc được");
    const { index } = titlesOf(changes);
    expect(index.title("CSTĐTP")?.multiYear).toBeNull();
    expect(index.title("CTĐTP")?.leaderOnly).toBe(false);
  });

  it("reports conditions naming a missing title, or a title for the wrong subject", () => {
    const findings = bt03({
      CSTĐTP: { [TITLE.multiYear]: "3 năm liên tục: CSTDCS" },
      TTLĐXS: { [TITLE.collectiveCondition]: "70% LĐTT; 1 TTLĐTT" },
    });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("'Điều kiện nhiều năm' nhắc tới 'CSTDCS', không có trong trang Danh hiệu"),
      expect.stringContaining("nhắc tới 'Tập thể lao động tiên tiến', là danh hiệu tập thể"),
    ]);
  });

  it("reads an older catalogue without the year-end columns, without a finding", () => {
    const old = HEADERS[TAB.titles]?.slice(0, 7) ?? [];
    const { index, findings } = planOf(workbook({ tabs: [grid(TAB.titles, old, TITLE_ROWS)] }));
    expect(findings.filter((f) => f.sheet === TAB.titles)).toEqual([]);
    expect(index.title("CTĐTP")).toMatchObject({ decisionLevel: "", leaderOnly: false, collective: [] });
  });
});

describe("Số cán bộ of Đơn vị", () => {
  const unit = (name: string, headcount: string | number): Row => ({
    [UNIT.name]: name,
    [UNIT.cluster]: "1",
    [UNIT.type]: "Phường",
    [UNIT.headcount]: headcount,
  });

  it("reads a whole number, blank as null, anything else as BT03", () => {
    const { index, findings } = planOf(
      workbook({
        units: [
          unit("UBND phường Lê Lợi", 25),
          unit("UBND phường Ngô Quyền", ""),
          unit("UBND phường Quang Trung", "12"),
        ],
      }),
    );
    expect(index.plan.units.map((u) => u.headcount)).toEqual([25, null, 12]);
    expect(findings.filter((f) => f.code === "BT03")).toEqual([]);
    const bad = planOf(
      workbook({ units: [unit("UBND phường Sơn Lộc", "mười"), unit("UBND phường Viên Sơn", 2.5)] }),
    );
    expect(bad.index.plan.units.map((u) => u.headcount)).toEqual([null, null]);
    expect(bad.findings.filter((f) => f.code === "BT03")).toEqual([
      expect.objectContaining({
        sheet: TAB.units,
        row: 2,
        column: UNIT.headcount,
        unit: "UBND phường Sơn Lộc",
      }),
      expect.objectContaining({ row: 3, message: expect.stringContaining("đang là '2.5'") }),
    ]);
  });
});
