import { beforeAll, describe, expect, it } from "vitest";
import { clusterTabName, HISTORY, REG, TAB } from "../../src/core/contract/workbook";
import { buildDemo } from "../../tools/demo/build-demo";
import { T } from "../../tools/demo/registrations";
import { BKTP, CSTDTP, fighterOf, YEAR_END_UNITS } from "../../tools/demo/year-end";
import { snapshot } from "../../tools/gas-sandbox";

// The demo at year end (tools/demo/year-end.ts): who is proposed, who is not and why.

type Dump = Record<string, unknown[][]>;
let dump: Dump;
let alert: string;
const { passes, fails, overCap, meetsCstdtp } = YEAR_END_UNITS;

beforeAll(() => {
  const sb = buildDemo("build/Code.js");
  dump = snapshot(sb.services.spreadsheet);
  alert = sb.services.ui.alerts.at(-1)?.prompt ?? "";
});

/** Rows of `BC Đề nghị khen thưởng` as [unit, person, title, note], split into its parts. */
function proposals() {
  const rows = (dump["BC Đề nghị khen thưởng"] ?? []).map((r) => r.map(String));
  const at = (prefix: string) => rows.findIndex((r) => r[0]?.startsWith(prefix));
  const line = (r: string[]) => [r[1], r[2], r[4], r[6]] as string[];
  const data = (rs: string[][]) => rs.filter((r) => /^\d+$/.test(r[0] ?? "")).map(line);
  const apart = at("ĐẠT NHƯNG KHÔNG ĐƯỢC ĐỀ NGHỊ");
  const city = at("II. CẤP QUYẾT ĐỊNH: THÀNH PHỐ");
  return {
    town: data(rows.slice(3, city)),
    city: data(rows.slice(city, apart)),
    apart: data(rows.slice(apart, at("CHƯA CÓ KẾT QUẢ BÌNH XÉT"))),
  };
}
const has = (rows: string[][], unit: string, person: string, title: string) =>
  rows.some((r) => r[0] === unit && r[1] === person && r[2] === title);
const reasonOf = (rows: string[][], unit: string, person: string, title: string) =>
  rows.find((r) => r[0] === unit && r[1] === person && r[2] === title)?.[3] ?? "";

/** The status cell of a registration row of the demo. */
function status(cluster: string, unit: string, person: string, title: string): string {
  const [head = [], ...rows] = dump[clusterTabName(cluster)] ?? [];
  const col = (h: string) => head.indexOf(h);
  const row = rows.find(
    (r) => r[col(REG.unit)] === unit && String(r[col(REG.person)]) === person && r[col(REG.title)] === title,
  );
  return String(row?.[col(REG.status)] ?? "(không có dòng)");
}

describe("the demo at year end", () => {
  it("has results for most registrations, a few still pending, counted in the check's summary", () => {
    const m =
      /Bình xét cuối năm 2020: (\d+) dòng 'Đạt' đủ điều kiện đề nghị, (\d+) dòng 'Đạt' chưa đủ điều kiện, (\d+) 'Không đạt', (\d+) chưa bình xét\./.exec(
        alert,
      );
    const [proposed, apart, failed, pending] = (m ?? []).slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    expect(pending).toBeGreaterThan(0);
    expect(proposed + apart + failed).toBeGreaterThan(5 * pending);
    expect(proposals().apart).toHaveLength(apart);
  });

  it("has a history of 2018 and 2019 only: this year is not closed yet", () => {
    const [head = [], ...rows] = dump[TAB.history] ?? [];
    expect(new Set(rows.map((r) => r[head.indexOf(HISTORY.year)]))).toEqual(new Set([2018, 2019]));
  });

  it("proposes Lê Lợi's TTLĐXS (7 LĐTT of 9 staff, one CSTĐCS) and not Đường Lâm's (7 of 12)", () => {
    const { city, apart } = proposals();
    expect(has(city, passes, "", T.ttldxs)).toBe(true);
    expect(status("1", passes, "", T.ttldxs)).toBe("Hợp lệ");
    expect(reasonOf(apart, fails, "", T.ttldxs)).toContain("KT05: ");
    expect(reasonOf(apart, fails, "", T.ttldxs)).toContain("7/12 LĐTT = 58,3% < 70% (cần ít nhất 8 người");
  });

  it("meets the multi-year conditions for some people and misses them by one year for others", () => {
    const { city, apart } = proposals();
    expect(has(city, meetsCstdtp, fighterOf(meetsCstdtp), CSTDTP)).toBe(true);
    expect(status("3", meetsCstdtp, fighterOf(meetsCstdtp), CSTDTP)).toBe("Hợp lệ");
    expect(reasonOf(apart, passes, fighterOf(passes), CSTDTP)).toMatch(
      /^KT04: .*3 năm liên tục CSTĐCS: thiếu năm 2018\./,
    );
    expect(has(city, fails, fighterOf(fails), BKTP)).toBe(true);
    expect(status("2", fails, fighterOf(fails), BKTP)).toBe("Hợp lệ");
    expect(reasonOf(apart, overCap, fighterOf(overCap), BKTP)).toMatch(
      /^KT04: .*2 năm liên tục HTXSNV: thiếu năm 2019\./,
    );
  });

  it("keeps Phòng Kinh tế's second CSTĐCS over the 15% cap off the list, and proposes its first", () => {
    const { town, apart } = proposals();
    expect(has(town, overCap, fighterOf(overCap), T.cstdcs)).toBe(true);
    const second = apart.filter((r) => r[0] === overCap && r[2] === T.cstdcs);
    expect(second).toHaveLength(1);
    expect(second[0]?.[3]).toContain(
      "có 2 'Chiến sĩ thi đua cơ sở' đạt, vượt tỷ lệ tối đa 15% LĐTT: 7 LĐTT đạt → tối đa 1",
    );
  });

  it("gives the City flag to the leader of cluster 2, not to Lê Lợi tied for cluster 1's lead (KT07)", () => {
    const { city, apart } = proposals();
    expect(has(city, fails, "", T.ctdtp)).toBe(true);
    expect(reasonOf(apart, passes, "", T.ctdtp)).toMatch(/^KT07: /);
  });

  it("keeps the late rows off the list while only on-time registrations count (KT01)", () => {
    const { apart } = proposals();
    const late = apart.filter((r) => r[3]?.startsWith("KT01: "));
    expect(new Set(late.map((r) => r[0]))).toEqual(
      new Set(["Phòng Tư pháp", "Văn phòng HĐND và UBND thị xã"]),
    );
    expect(late.every((r) => r[3]?.includes("đăng ký sau hạn (DK12)"))).toBe(true);
  });
});
