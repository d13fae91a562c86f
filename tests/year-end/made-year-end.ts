/**
 * A small year end made to be read row by row: two wards of cluster 1 and nothing else.
 *
 * Lê Lợi (8 staff): TTLĐTT and TTLĐXS `Đạt` (7 LĐTT, 1 CSTĐCS: the conditions are met), the City
 * flag `Đạt` without leading its cluster (KT07); seven LĐTT `Đạt` typed in no particular order;
 * An's CSTĐCS and CSTĐTP `Đạt` (CSTĐCS in 2018 and 2019 too); Bình's BKTP `Đạt` with HTXSNV this
 * year but HTTNV in 2019 (KT04).
 * Ngô Quyền (10 staff): TTLĐTT `Đạt`, TTLĐXS `Đạt` with only 3 LĐTT (KT05); three LĐTT `Đạt`,
 * one `Không đạt`, one still pending (KT08).
 */
import { HISTORY, REG, RESULT, SUBJECT, TAB, UNIT } from "../../src/core/contract/workbook";
import {
  CLUSTER_IDS,
  cleanWorkbook,
  ENTERED_BY,
  ON_TIME,
  type RegRow,
  TITLES,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";

export const LE_LOI = "UBND phường Lê Lợi";
export const NGO_QUYEN = "UBND phường Ngô Quyền";
export const CSTDTP = "Chiến sĩ thi đua Thành phố";
export const BKTP = "Bằng khen của Chủ tịch UBND Thành phố";
const HTXSNV = "Hoàn thành xuất sắc nhiệm vụ";

/** Lê Lợi's LĐTT, as typed (sheet order); the Vietnamese order by given name is An, Anh, Ánh, Ân, Bình, Dũng, Đức. */
export const LE_LOI_PEOPLE = [
  "Trần Văn Bình",
  "Đỗ Văn Đức",
  "Nguyễn Thị An",
  "Hoàng Văn Dũng",
  "Lê Văn Ánh",
  "Vũ Thị Ân",
  "Phạm Thị Anh",
];
export const AN = "Nguyễn Thị An";
export const BINH = "Trần Văn Bình";
export const NGO_QUYEN_PEOPLE = [
  "Đặng Thị Hoa",
  "Bùi Văn Khoa",
  "Lý Thị Lan",
  "Dương Văn Minh",
  "Ngô Thị Nga",
];

type Result = Partial<Record<(typeof RESULT)[keyof typeof RESULT], string>>;
const PASSED: Result = { [RESULT.outcome]: "Đạt" };

const collective = (unit: string, title: string, result: Result, model = ""): RegRow =>
  ({
    [REG.unit]: unit,
    [REG.subject]: SUBJECT.collective,
    [REG.title]: title,
    [REG.initiative]: model,
    [REG.date]: ON_TIME,
    [REG.enteredBy]: ENTERED_BY,
    ...result,
  }) as RegRow;

const person = (unit: string, name: string, title: string, result: Result, initiative = ""): RegRow =>
  ({
    [REG.unit]: unit,
    [REG.subject]: SUBJECT.individual,
    [REG.person]: name,
    [REG.position]: "Chuyên viên",
    [REG.title]: title,
    [REG.initiative]: initiative,
    [REG.date]: ON_TIME,
    [REG.enteredBy]: ENTERED_BY,
    ...result,
  }) as RegRow;

const IDEA = "Sáng kiến số hóa hồ sơ một cửa";

export function madeYearEnd(): Workbook {
  const rated = (r: Result, rating = "Hoàn thành tốt nhiệm vụ"): Result => ({
    ...r,
    [RESULT.rating]: rating,
  });
  const rows: RegRow[] = [
    collective(LE_LOI, TITLES.ttldtt, PASSED),
    collective(LE_LOI, TITLES.ttldxs, PASSED),
    collective(LE_LOI, TITLES.ctdtp, PASSED, "Mô hình “Phố văn minh”"),
    collective(NGO_QUYEN, TITLES.ttldtt, PASSED),
    collective(NGO_QUYEN, TITLES.ttldxs, PASSED),
    ...LE_LOI_PEOPLE.map((n) =>
      person(LE_LOI, n, TITLES.ldtt, rated(PASSED, n === BINH ? HTXSNV : undefined)),
    ),
    person(LE_LOI, AN, TITLES.cstdcs, { ...PASSED, [RESULT.initiativeDecision]: "15/QĐ-HĐKH" }, IDEA),
    person(LE_LOI, AN, CSTDTP, { ...PASSED, [RESULT.initiativeDecision]: "15/QĐ-HĐKH" }, IDEA),
    person(LE_LOI, BINH, BKTP, { ...PASSED, [RESULT.initiativeDecision]: "16/QĐ-HĐKH" }, IDEA),
    ...NGO_QUYEN_PEOPLE.map((n, i) =>
      person(
        NGO_QUYEN,
        n,
        TITLES.ldtt,
        i < 3 ? rated(PASSED) : i === 3 ? { [RESULT.outcome]: "Không đạt" } : {},
      ),
    ),
  ];
  const registrations = new Map<string, RegRow[]>(CLUSTER_IDS.map((id) => [id, id === "1" ? rows : []]));
  const wb = cleanWorkbook({ registrations });
  for (const [unit, staff] of [
    [LE_LOI, 8],
    [NGO_QUYEN, 10],
  ] as const) {
    wb.set(TAB.units, wb.findRow(TAB.units, UNIT.name, unit), UNIT.headcount, staff);
  }
  wb.writeRows(TAB.history, [
    history(2018, AN, "Chiến sĩ thi đua cơ sở"),
    history(2019, AN, "CSTĐCS"),
    history(2019, BINH, "", "Hoàn thành tốt nhiệm vụ"),
  ]);
  return wb;
}

const history = (year: number, name: string, title: string, rating = "") => ({
  [HISTORY.year]: year,
  [HISTORY.unit]: LE_LOI,
  [HISTORY.subject]: SUBJECT.individual,
  [HISTORY.person]: name,
  [HISTORY.title]: title,
  [HISTORY.rating]: rating,
});
