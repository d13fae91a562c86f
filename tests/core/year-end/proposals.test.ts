import { describe, expect, it } from "vitest";
import { proposalList } from "../../../src/core/year-end/proposals";
import { LE_LOI, NGO_QUYEN, passed, type RegSpec, scenario } from "./fixture";

const LDTT = "Lao động tiên tiến";
const regs: RegSpec[] = [
  { unit: LE_LOI, title: "CTĐTP", outcome: "Đạt" }, // not a leader: KT07
  { unit: NGO_QUYEN, title: "TTLĐTT", outcome: "Đạt" },
  { unit: LE_LOI, title: "TTLĐXS", outcome: "Đạt" },
  { unit: LE_LOI, title: "TTLĐTT", outcome: "Đạt" },
  { unit: NGO_QUYEN, person: "Vũ Văn Bảo", title: LDTT, outcome: "Đạt" },
  { unit: NGO_QUYEN, person: "Lê Thị Yến", title: LDTT, outcome: "Đạt" },
  { unit: NGO_QUYEN, person: "Phan Văn Cường", title: LDTT },
  { unit: NGO_QUYEN, person: "Mai Thị Thu", title: LDTT, outcome: "Không đạt" },
  ...passed("CSTĐCS", 1, LE_LOI, { initiativeDecision: "12/QĐ-HĐKH" }),
  ...passed(LDTT, 7, LE_LOI),
];

/** "level | title | unit | person" for each proposed row, in list order. */
const lines = (list: ReturnType<typeof proposalList>): string[] =>
  list.levels.flatMap((l) =>
    l.titles.flatMap((t) =>
      t.units.flatMap((u) =>
        u.rows.map((r) => `${l.level} | ${t.title.abbreviation} | ${u.unitName} | ${r.person}`),
      ),
    ),
  );

describe("the proposal list", () => {
  const run = scenario({ regs });
  const list = proposalList(run.evaluation, run.index);

  it("groups proposed rows by deciding level, title (collectives first) and unit", () => {
    expect(lines(list)).toEqual([
      `Thị xã | TTLĐTT | ${LE_LOI} | `,
      `Thị xã | TTLĐTT | ${NGO_QUYEN} | `,
      `Thị xã | LĐTT | ${LE_LOI} | Hoàng Văn Dũng`,
      `Thị xã | LĐTT | ${LE_LOI} | Lê Văn Bình`,
      `Thị xã | LĐTT | ${LE_LOI} | Nguyễn Văn An`,
      `Thị xã | LĐTT | ${LE_LOI} | Phạm Thị Cúc`,
      `Thị xã | LĐTT | ${LE_LOI} | Trần Thị Hoa`,
      `Thị xã | LĐTT | ${LE_LOI} | Vũ Thị Giang`,
      `Thị xã | LĐTT | ${LE_LOI} | Đỗ Văn Hùng`, // plain code-unit order by default: Đ after V
      `Thị xã | LĐTT | ${NGO_QUYEN} | Lê Thị Yến`,
      `Thị xã | LĐTT | ${NGO_QUYEN} | Vũ Văn Bảo`,
      `Thị xã | CSTĐCS | ${LE_LOI} | Trần Thị Hoa`,
      `Thành phố | TTLĐXS | ${LE_LOI} | `,
    ]);
  });

  it("counts per level and title, for the cover letter", () => {
    expect(
      list.levels.map((l) => [l.level, l.count, l.titles.map((t) => [t.title.abbreviation, t.count])]),
    ).toEqual([
      [
        "Thị xã",
        12,
        [
          ["TTLĐTT", 2],
          ["LĐTT", 9],
          ["CSTĐCS", 1],
        ],
      ],
      ["Thành phố", 1, [["TTLĐXS", 1]]],
    ]);
    expect(list.total).toBe(13);
    expect(list.year).toBe(2020);
  });

  it("lists the other Đạt rows apart with their KT reasons, and the pending rows", () => {
    expect(
      list.notProposed.map((n) => [
        n.registration.titleText,
        n.registration.unitName,
        n.reasons.map((f) => f.code),
      ]),
    ).toEqual([["CTĐTP", LE_LOI, ["KT07"]]]);
    expect(list.pending.map((r) => r.person)).toEqual(["Phan Văn Cường"]);
  });

  it("agrees with the evaluation's findings: no second computation", () => {
    const proposed = run.evaluation.verdicts.filter((v) => v.proposed).length;
    expect(list.total).toBe(proposed);
    expect(run.evaluation.findings.filter((f) => f.severity === "Lỗi").map((f) => f.code)).toEqual(["KT07"]);
  });

  it("orders people with the comparison the caller gives", () => {
    const byGivenName = (a: string, b: string) => {
      const last = (s: string) => s.split(" ").at(-1) ?? "";
      return last(a) < last(b) ? -1 : last(a) > last(b) ? 1 : 0;
    };
    const people = proposalList(run.evaluation, run.index, byGivenName).levels[0]?.titles[1]?.units[0]?.rows;
    expect(people?.map((r) => r.person)).toEqual([
      "Nguyễn Văn An",
      "Lê Văn Bình",
      "Phạm Thị Cúc",
      "Hoàng Văn Dũng",
      "Vũ Thị Giang",
      "Trần Thị Hoa",
      "Đỗ Văn Hùng",
    ]);
  });
});
