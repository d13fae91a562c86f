import { beforeAll, describe, expect, it } from "vitest";
import {
  CAMPAIGN,
  CLUSTER,
  clusterTabName,
  DOSSIER,
  REG,
  SETTING,
  SUBJECT,
  TAB,
  TASK,
  TASK_STATE,
  UNIT,
} from "../../src/core/contract/workbook";
import { FINDING_CODES } from "../../src/core/findings/catalogue";
import {
  cleanWorkbook,
  codesIn,
  individual,
  LATE,
  ON_TIME,
  personName,
  TITLES,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";
import { markdownTableRows, readShared } from "../core/template/shared-docs";

/** Where a row-level finding must show: a tab, a row and the column holding the status. */
interface Where {
  tab: string;
  row: number;
  /** The status column (default `Kết quả kiểm tra`). */
  header?: string;
  /** For `Tiến độ`: the `Trạng thái` the row must get instead of a code. */
  state?: string;
}

interface CodeCase {
  code: string;
  /** What the mutation does, as a sentence fragment. */
  when: string;
  /** Mutates the clean workbook; returns the row where the finding must show, or nothing (tab/unit-level). */
  mutate: (wb: Workbook) => Where | undefined;
  /** Codes that may legitimately come with this one (the report must hold no other). */
  alsoAllowed?: string[];
  /** Text the finding's message must contain (e.g. a did-you-mean hint). */
  says?: string;
}

const SECTIONS = ["BT", "DK", "DV", "HS", "CD", "TD"];
const C1 = clusterTabName("1");
const C3 = clusterTabName("3");
const C7 = clusterTabName("7");
const ward = UNITS.find((u) => u.cluster === "1")!;
const commune = UNITS.find((u) => u.cluster === "2")!;
const agency = UNITS.find((u) => u.cluster === "3")!;
const military = UNITS.find((u) => u.cluster === "7")!;

/** Row of `title` for `unit` (and `person`) in a cluster tab. */
function rowOf(wb: Workbook, tab: string, unit: string, title: string, person = ""): number {
  const headers = wb.headers(tab);
  const values = wb.untracked(() => wb.sheet(tab).getDataRange().getValues());
  const [u, t, p] = [REG.unit, REG.title, REG.person].map((h) => headers.indexOf(h));
  const i = values.findIndex(
    (r, n) => n > 0 && r[u!] === unit && r[t!] === title && String(r[p!] ?? "") === person,
  );
  if (i < 1) throw new Error(`no row ${unit} / ${title} / ${person} in ${tab}`);
  return i + 1;
}

const firstPerson = (unitName: string) => personName(UNITS.findIndex((u) => u.name === unitName) * 7);

const at = (tab: string, row: number, header?: string): Where => ({
  tab,
  row,
  ...(header ? { header } : {}),
});

const CASES: CodeCase[] = [
  // Workbook structure
  {
    code: "BT01",
    when: "the Chuyên đề tab is deleted",
    mutate: (wb) => {
      wb.untracked(() =>
        wb.ss.deleteSheet(wb.sheet(TAB.campaigns) as unknown as GoogleAppsScript.Spreadsheet.Sheet),
      );
      return undefined;
    },
  },
  {
    code: "BT02",
    when: "the Ngày nộp column of Hồ sơ cụm is deleted",
    mutate: (wb) => {
      const c = wb.col(TAB.dossier, DOSSIER.submitted);
      wb.untracked(() => wb.sheet(TAB.dossier).deleteColumn(c));
      return undefined;
    },
    says: DOSSIER.submitted,
  },
  {
    code: "BT03",
    when: "Hạn đăng ký thi đua is not a date",
    mutate: (wb) => {
      wb.setSetting(SETTING.deadline, "cuối tháng hai");
      return undefined;
    },
  },
  {
    code: "BT03",
    when: "a cluster has no Đối tượng đăng ký",
    mutate: (wb) => {
      wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, "3"), CLUSTER.subjects, null);
      return undefined;
    },
    // The cluster's rules fall back to defaults: nothing else is required, but its
    // units' findings may change; accept only structure codes.
  },
  {
    code: "BT04",
    when: "a unit name appears twice in Đơn vị",
    mutate: (wb) => {
      wb.append(TAB.units, { [UNIT.name]: agency.name, [UNIT.cluster]: "3", [UNIT.type]: "Cơ quan" });
      return undefined;
    },
  },
  {
    code: "BT04",
    when: "a unit's Số cụm is not a cluster",
    mutate: (wb) => {
      wb.append(TAB.units, { [UNIT.name]: "Phòng Thống kê", [UNIT.cluster]: "11", [UNIT.type]: "Cơ quan" });
      return undefined;
    },
  },
  // Registration rows
  {
    code: "DK01",
    when: "a row has no title",
    mutate: (wb) => {
      const row = rowOf(wb, C3, agency.name, TITLES.ttldtt);
      wb.set(C3, row, REG.title, null);
      return at(C3, row);
    },
  },
  {
    code: "DK01",
    when: "an individual row has no Họ và tên",
    mutate: (wb) =>
      at(C3, wb.append(C3, { ...individual(agency.name, "", "Giấy khen của Chủ tịch UBND thị xã") })),
  },
  {
    code: "DK02",
    when: "the unit is misspelt by one diacritic",
    mutate: (wb) =>
      at(C1, wb.append(C1, { ...individual("UBND phường Lê Loi", "Trần Văn Bình", TITLES.ldtt) })),
    says: `có phải '${ward.name}'?`,
  },
  {
    code: "DK03",
    when: "a unit of cluster 2 is registered in Cụm 1",
    mutate: (wb) => at(C1, wb.append(C1, { ...individual(commune.name, "Trần Văn Bình", TITLES.ldtt) })),
  },
  {
    code: "DK04",
    when: "Đối tượng is neither Tập thể nor Cá nhân (cluster 7, so no DV03)",
    mutate: (wb) => {
      const row = rowOf(wb, C7, military.name, TITLES.ttldtt);
      wb.set(C7, row, REG.subject, "Tổ chức");
      return at(C7, row);
    },
  },
  {
    code: "DK05",
    when: "an individual is registered in the collective-only cluster 7",
    mutate: (wb) => at(C7, wb.append(C7, { ...individual(military.name, "Lê Văn Cường", TITLES.ldtt) })),
  },
  {
    code: "DK06",
    when: "a cluster-7 unit's type is changed to Cơ quan",
    mutate: (wb) => {
      wb.set(TAB.units, wb.findRow(TAB.units, UNIT.name, military.name), UNIT.type, "Cơ quan");
      return at(C7, rowOf(wb, C7, military.name, TITLES.ttldtt));
    },
  },
  {
    code: "DK07",
    when: "the title is misspelt",
    mutate: (wb) => {
      const row = rowOf(wb, C3, agency.name, TITLES.ttldtt);
      wb.set(C3, row, REG.title, "Tập thể lao động tiên tiếng");
      return at(C3, row);
    },
    says: `có phải '${TITLES.ttldtt}'?`,
  },
  {
    code: "DK08",
    when: "an individual registers a collective title",
    mutate: (wb) => at(C3, wb.append(C3, { ...individual(agency.name, "Lê Văn Cường", TITLES.ttldtt) })),
  },
  {
    code: "DK09",
    when: "a CSTĐCS row loses its initiative",
    mutate: (wb) => {
      const row = rowOf(wb, C3, agency.name, TITLES.cstdcs, firstPerson(agency.name));
      wb.set(C3, row, REG.initiative, null);
      return at(C3, row);
    },
  },
  {
    code: "DK10",
    when: "a ward's Cờ thi đua row loses its model",
    mutate: (wb) => {
      const row = rowOf(wb, C1, ward.name, TITLES.ctdtp);
      wb.set(C1, row, REG.initiative, null);
      return at(C1, row);
    },
  },
  {
    code: "DK11",
    when: "Ngày đăng ký is 31/02/2020",
    mutate: (wb) => {
      const row = rowOf(wb, C3, agency.name, TITLES.ttldtt);
      wb.set(C3, row, REG.date, "'31/02/2020");
      return at(C3, row);
    },
  },
  {
    code: "DK12",
    when: "one more row is registered after the deadline",
    mutate: (wb) =>
      at(
        C3,
        wb.append(C3, {
          ...individual(agency.name, firstPerson(agency.name), "Giấy khen của Chủ tịch UBND thị xã"),
          [REG.date]: LATE,
        }),
      ),
  },
  {
    code: "DK13",
    when: "a collective row is duplicated",
    mutate: (wb) =>
      at(
        C3,
        wb.append(C3, {
          [REG.unit]: agency.name,
          [REG.subject]: SUBJECT.collective,
          [REG.title]: TITLES.ttldtt,
          [REG.date]: ON_TIME,
        }),
      ),
  },
  {
    code: "DK14",
    when: "the CSTĐCS person is renamed so they have no LĐTT",
    mutate: (wb) => {
      const row = rowOf(wb, C3, agency.name, TITLES.cstdcs, firstPerson(agency.name));
      wb.set(C3, row, REG.person, "Hoàng Thị Xuân");
      return at(C3, row);
    },
  },
  {
    code: "DK15",
    when: "a second CSTĐCS makes 2 of 7 LĐTT (over 15%)",
    mutate: (wb) =>
      at(
        C3,
        wb.append(C3, {
          ...individual(
            agency.name,
            personName(UNITS.indexOf(agency) * 7 + 1),
            TITLES.cstdcs,
            "Sáng kiến số hóa",
          ),
        }),
      ),
  },
  {
    code: "DK16",
    when: "a name is typed in TCVN3",
    mutate: (wb) => {
      const row = rowOf(wb, C3, agency.name, TITLES.cstdcs, firstPerson(agency.name));
      wb.set(C3, row, REG.position, "Tr­ëng phßng");
      return at(C3, row);
    },
  },
  {
    code: "DK17",
    when: "the position is typed in NFD with a stray space",
    mutate: (wb) => {
      const row = rowOf(wb, C3, agency.name, TITLES.cstdcs, firstPerson(agency.name));
      wb.set(C3, row, REG.position, "Trưởng  phòng ".normalize("NFD"));
      return at(C3, row);
    },
  },
  // Units
  {
    code: "DV01",
    when: "a new unit has no registration",
    mutate: (wb) => {
      wb.append(TAB.units, { [UNIT.name]: "Phòng Thống kê", [UNIT.cluster]: "3", [UNIT.type]: "Cơ quan" });
      return undefined;
    },
  },
  {
    code: "DV02",
    when: "a new unit registered only after the deadline",
    mutate: (wb) => {
      wb.append(TAB.units, { [UNIT.name]: "Phòng Thống kê", [UNIT.cluster]: "3", [UNIT.type]: "Cơ quan" });
      wb.append(C3, {
        [REG.unit]: "Phòng Thống kê",
        [REG.subject]: SUBJECT.collective,
        [REG.title]: TITLES.ttldtt,
        [REG.date]: LATE,
      });
      return undefined;
    },
    alsoAllowed: ["DK12"],
  },
  {
    code: "DV03",
    when: "a new unit of cluster 3 registered individuals only",
    mutate: (wb) => {
      wb.append(TAB.units, { [UNIT.name]: "Phòng Thống kê", [UNIT.cluster]: "3", [UNIT.type]: "Cơ quan" });
      wb.append(C3, { ...individual("Phòng Thống kê", "Lê Văn Cường", TITLES.ldtt) });
      return undefined;
    },
  },
  // Cluster dossier
  {
    code: "HS01",
    when: "cluster 10's dossier row is cleared",
    mutate: (wb) => {
      const row = wb.findRow(TAB.dossier, DOSSIER.cluster, "10");
      wb.untracked(() => wb.sheet(TAB.dossier).deleteRow(row));
      return undefined;
    },
  },
  {
    code: "HS02",
    when: "one dossier document is blank",
    mutate: (wb) => {
      const row = wb.findRow(TAB.dossier, DOSSIER.cluster, "4");
      wb.set(TAB.dossier, row, DOSSIER.covenant, null);
      return at(TAB.dossier, row, DOSSIER.status);
    },
    says: DOSSIER.covenant,
  },
  {
    code: "HS03",
    when: "the dossier was submitted after the deadline",
    mutate: (wb) => {
      const row = wb.findRow(TAB.dossier, DOSSIER.cluster, "4");
      wb.set(TAB.dossier, row, DOSSIER.submitted, "05/03/2020");
      return at(TAB.dossier, row, DOSSIER.status);
    },
  },
  {
    code: "HS03",
    when: "Ngày nộp is not a date",
    mutate: (wb) => {
      const row = wb.findRow(TAB.dossier, DOSSIER.cluster, "5");
      wb.set(TAB.dossier, row, DOSSIER.submitted, "đầu tháng 3");
      return at(TAB.dossier, row, DOSSIER.status);
    },
  },
  // Thematic campaigns
  ...(
    [
      ["CD01", CAMPAIGN.plan],
      ["CD02", CAMPAIGN.criteria],
      ["CD03", CAMPAIGN.participants],
      ["CD04", CAMPAIGN.date],
    ] as const
  ).map(
    ([code, header]): CodeCase => ({
      code,
      when: `'${header}' is blank`,
      mutate: (wb) => {
        wb.set(TAB.campaigns, 3, header, null);
        return at(TAB.campaigns, 3, CAMPAIGN.status);
      },
    }),
  ),
  {
    code: "CD04",
    when: "the campaign registered after the deadline",
    mutate: (wb) => {
      wb.set(TAB.campaigns, 4, CAMPAIGN.date, "01/03/2020");
      return at(TAB.campaigns, 4, CAMPAIGN.status);
    },
  },
  // Timeline
  {
    code: "TD01",
    when: "the first task (due in January) loses its completion date",
    mutate: (wb) => {
      wb.set(TAB.timeline, 2, TASK.done, null);
      return { tab: TAB.timeline, row: 2, state: TASK_STATE.overdue };
    },
  },
  {
    code: "TD02",
    when: "a task is due on 20/03/2020 and not done",
    mutate: (wb) => {
      wb.set(TAB.timeline, 2, TASK.done, null);
      wb.set(TAB.timeline, 2, TASK.deadline, "20/03/2020");
      return { tab: TAB.timeline, row: 2, state: TASK_STATE.dueSoon };
    },
  },
  {
    code: "TD03",
    when: "a task's Hạn is text",
    mutate: (wb) => {
      wb.set(TAB.timeline, 2, TASK.done, null);
      wb.set(TAB.timeline, 2, TASK.deadline, "cuối quý I");
      return { tab: TAB.timeline, row: 2, state: "" };
    },
  },
];

/** Codes of the BT, DK, DV, HS, CD and TD tables of RULES.md (the guide's list when the shared docs are absent). */
function ruleCodes(): string[] {
  const rules = readShared("product/RULES.md");
  const codes = rules
    ? markdownTableRows(rules)
        .map((cells) => cells[0] ?? "")
        .filter((c) => /^[A-Z]{2}\d{2}$/.test(c))
    : FINDING_CODES.map((f) => f.code);
  return [...new Set(codes)].filter((c) => SECTIONS.includes(c.slice(0, 2)));
}

describe("every finding code of RULES.md (BT, DK, DV, HS, CD, TD)", () => {
  it("has at least one case that triggers it", () => {
    const codes = ruleCodes();
    expect(codes.length).toBeGreaterThanOrEqual(34);
    const covered = new Set(CASES.map((c) => c.code));
    expect(codes.filter((c) => !covered.has(c))).toEqual([]);
  });

  let clean: Workbook;
  beforeAll(() => {
    clean = cleanWorkbook();
    clean.checkData();
  });

  describe.each(CASES)("$code when $when", (c) => {
    let wb: Workbook;
    let where: Where | undefined;
    let report: Map<string, number>;
    beforeAll(() => {
      wb = cleanWorkbook();
      where = c.mutate(wb);
      wb.checkData();
      report = wb.reportCodes();
    });

    it("is absent from the clean workbook", () => {
      expect(clean.reportCodes().has(c.code)).toBe(false);
    });

    it("is listed in BC Kiểm tra, with no unrelated code", () => {
      expect(report.has(c.code)).toBe(true);
      const unrelated = [...report.keys()].filter(
        (k) =>
          k !== c.code &&
          !(c.alsoAllowed ?? []).includes(k) &&
          !(c.code.startsWith("BT") && k.startsWith("BT")),
      );
      // Structure problems may cascade (a tab or column gone): only the code itself is required there.
      if (!c.code.startsWith("BT")) expect(unrelated).toEqual([]);
    });

    it("shows on the row it is about", () => {
      if (!where) return;
      if (where.state !== undefined) {
        expect(wb.status(where.tab, where.row, TASK.state)).toBe(where.state);
        return;
      }
      const status = wb.status(where.tab, where.row, where.header ?? REG.status);
      expect(codesIn(status)).toContain(c.code);
      if (c.says) expect(status).toContain(c.says);
    });

    if (c.says !== undefined) {
      const says = c.says;
      it(`says '${says}' in BC Kiểm tra`, () => {
        expect(wb.reportLines().some((l) => l.includes(c.code) && l.includes(says))).toBe(true);
      });
    }
  });
});
