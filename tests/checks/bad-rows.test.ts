/**
 * A hand-written corpus of bad registration rows, each mapped to the exact set
 * of codes its own `Kết quả kiểm tra` must show. Each row is appended alone to
 * the clean workbook (one workbook per case, so DK13/DK15/DV effects of one row
 * cannot leak into another) and checked by the core `checkWorkbook`; a sample
 * goes through the built bundle (`checkData` in the sandbox) too.
 *
 * Cell values are what `Range.getValues()` returns: strings stay strings (a
 * formula-looking text is text, as typed with a leading apostrophe), numbers,
 * booleans and Dates are typed values.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cell";
import { checkWorkbook } from "../../src/core/checks/check-workbook";
import { clusterTabName, REG, SUBJECT } from "../../src/core/contract/workbook";
import type { Snapshot } from "../../src/core/table";
import {
  cleanWorkbook,
  codesIn,
  dmy,
  individual,
  ON_TIME,
  personName,
  TITLES,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";
import { parseTypedInput } from "../../tools/gas-sandbox";

const NOW = new Date(2020, 2, 15, 10, 0, 0);
const UNIT3 = "Phòng Nội vụ";
const LDTT_OF = (unit: string, i: number) => personName(UNITS.findIndex((u) => u.name === unit) * 7 + i);
const GK = "Giấy khen của Chủ tịch UBND thị xã";
const BKTP = "Bằng khen của Chủ tịch UBND Thành phố";
const WARD = UNITS.find((u) => u.cluster === "1")!.name;
const MILITARY = UNITS.find((u) => u.cluster === "7")!.name;
const POLICE = UNITS.find((u) => u.cluster === "8")!.name;
const ASSOCIATION = UNITS.find((u) => u.cluster === "9")!.name;
const COMPANY = UNITS.find((u) => u.cluster === "10")!.name;
const LONG = "a".repeat(50_000);

type Row = Partial<Record<string, Cell>>;

interface BadRow {
  name: string;
  /** Cluster tab the row is appended to (default 3). */
  cluster?: string;
  /** Cells replacing those of the base row (a new individual GK of Phòng Nội vụ, on time). */
  row: Row;
  /** Exactly the codes of the row's status ([] = `Hợp lệ`). */
  codes: string[];
  /** Text the status must contain (did-you-mean hints, named values). */
  says?: string;
  /** Text the status must not contain. */
  notSays?: string;
  /** A product bug makes this case fail today: what is wrong (the test is `it.fails` until fixed). */
  bug?: string;
}

const BASE: Row = { ...(individual(UNIT3, "Đinh Công Tráng", GK) as Row), [REG.date]: dmy(ON_TIME) };
const collectiveRow = (unit: string, title: string): Row => ({
  [REG.unit]: unit,
  [REG.subject]: SUBJECT.collective,
  [REG.person]: "",
  [REG.position]: "",
  [REG.title]: title,
});
const nfd = (s: string) => s.normalize("NFD");
const cp1252 = new TextDecoder("windows-1252");
const mojibake = (s: string) => cp1252.decode(new TextEncoder().encode(s));

const CASES: BadRow[] = [
  { name: "the base row itself", row: {}, codes: [] },
  // Blank and whitespace-only cells
  { name: "a blank unit", row: { [REG.unit]: "" }, codes: ["DK01"] },
  { name: "a whitespace-only unit", row: { [REG.unit]: "   " }, codes: ["DK01", "DK17"] },
  { name: "a tab-only unit", row: { [REG.unit]: "\t" }, codes: ["DK01", "DK17"] },
  { name: "a blank subject", row: { [REG.subject]: "" }, codes: ["DK01"] },
  { name: "a whitespace-only subject", row: { [REG.subject]: "  " }, codes: ["DK01", "DK17"] },
  { name: "a blank title", row: { [REG.title]: "" }, codes: ["DK01"] },
  { name: "a no-break-space title", row: { [REG.title]: "\u00a0" }, codes: ["DK01", "DK17"] },
  { name: "an individual without a name", row: { [REG.person]: "" }, codes: ["DK01"] },
  { name: "an individual whose name is spaces", row: { [REG.person]: "    " }, codes: ["DK01", "DK17"] },
  {
    name: "a row with only a position",
    row: { [REG.unit]: "", [REG.subject]: "", [REG.person]: "", [REG.title]: "", [REG.date]: "" },
    codes: ["DK01", "DK11"],
  },
  { name: "a blank date", row: { [REG.date]: "" }, codes: ["DK11"] },
  { name: "a whitespace-only date", row: { [REG.date]: "   " }, codes: ["DK11"] },
  // 50 000-character text
  { name: "a 50 000-character person name", row: { [REG.person]: LONG }, codes: [] },
  { name: "a 50 000-character unit", row: { [REG.unit]: LONG }, codes: ["DK02"] },
  { name: "a 50 000-character title", row: { [REG.title]: LONG }, codes: ["DK07"] },
  { name: "a 50 000-character initiative", row: { [REG.initiative]: LONG }, codes: [] },
  { name: "a 50 000-character date text", row: { [REG.date]: LONG }, codes: ["DK11"] },
  // Formula-looking text and error values
  { name: "a unit written as a formula text", row: { [REG.unit]: "=A1" }, codes: ["DK02"] },
  {
    name: "a person written as a HYPERLINK formula text",
    row: { [REG.person]: '=HYPERLINK("x")' },
    codes: [],
  },
  { name: "a title starting with +", row: { [REG.title]: "+LĐTT" }, codes: ["DK07"] },
  { name: "a title starting with -", row: { [REG.title]: "-Lao động tiên tiến" }, codes: ["DK07"] },
  { name: "a title starting with @", row: { [REG.title]: "@Lao động tiên tiến" }, codes: ["DK07"] },
  { name: "a subject written as a formula text", row: { [REG.subject]: '="Cá nhân"' }, codes: ["DK04"] },
  { name: "a unit that is a #REF! error", row: { [REG.unit]: "#REF!" }, codes: ["DK02"] },
  { name: "a date that is a #VALUE! error", row: { [REG.date]: "#VALUE!" }, codes: ["DK11"] },
  { name: "a title that is #N/A", row: { [REG.title]: "#N/A" }, codes: ["DK07"] },
  // HTML and script tags
  {
    name: "a person name holding a script tag",
    row: { [REG.person]: "<script>alert(1)</script>" },
    codes: [],
  },
  {
    name: "a unit wrapped in bold tags",
    row: { [REG.unit]: "<b>Phòng Nội vụ</b>" },
    codes: ["DK02"],
    says: "<b>Phòng Nội vụ</b>",
  },
  {
    name: "an initiative holding an img onerror tag",
    row: { [REG.initiative]: "<img src=x onerror=alert(1)>" },
    codes: [],
  },
  { name: "a title wrapped in italic tags", row: { [REG.title]: "<i>LĐTT</i>" }, codes: ["DK07"] },
  // Unicode forms and spacing
  { name: "a person name in NFD", row: { [REG.person]: nfd("Đinh Công Tráng") }, codes: ["DK17"] },
  { name: "a unit in NFD", row: { [REG.unit]: nfd(UNIT3) }, codes: ["DK17"] },
  { name: "a title in NFD", row: { [REG.title]: nfd(GK) }, codes: ["DK17"] },
  { name: "a subject in NFD", row: { [REG.subject]: nfd("Cá nhân") }, codes: ["DK17"] },
  { name: "a position in NFD", row: { [REG.position]: nfd("Chuyên viên") }, codes: ["DK17"] },
  { name: "an initiative in NFD", row: { [REG.initiative]: nfd("Sáng kiến") }, codes: ["DK17"] },
  { name: "a unit with a double inner space", row: { [REG.unit]: "Phòng  Nội vụ" }, codes: ["DK17"] },
  { name: "a unit with leading and trailing spaces", row: { [REG.unit]: " Phòng Nội vụ " }, codes: ["DK17"] },
  { name: "a subject with a trailing space", row: { [REG.subject]: "Cá nhân " }, codes: ["DK17"] },
  { name: "a unit in lower case", row: { [REG.unit]: "phòng nội vụ" }, codes: [] },
  { name: "a unit in upper case", row: { [REG.unit]: "PHÒNG NỘI VỤ" }, codes: [] },
  {
    name: "a unit with the old tone placement (hoá)",
    cluster: "4",
    row: { [REG.unit]: "Phòng Văn hoá và Thông tin" },
    codes: [],
  },
  {
    name: "a unit with a hyphen for its en dash",
    row: { [REG.unit]: "Phòng Tài chính - Kế hoạch" },
    codes: [],
  },
  { name: "a subject in lower case", row: { [REG.subject]: "cá nhân" }, codes: [] },
  { name: "a subject without diacritics", row: { [REG.subject]: "Ca nhan" }, codes: ["DK04"] },
  { name: "a title by its abbreviation", row: { [REG.title]: "GK" }, codes: [] },
  { name: "a title in lower case", row: { [REG.title]: "giấy khen của chủ tịch ubnd thị xã" }, codes: [] },
  // Legacy encodings and mojibake
  { name: "a person name in TCVN3", row: { [REG.person]: "Ph¹m V¨n Hïng" }, codes: ["DK16"] },
  { name: "a person name in VNI", row: { [REG.person]: "Phaïm Vaên Huøng" }, codes: ["DK16"] },
  { name: "a position in TCVN3", row: { [REG.position]: "Tr­ëng phßng" }, codes: ["DK16"] },
  { name: "a position in VNI", row: { [REG.position]: "Tröôûng phoøng" }, codes: ["DK16"] },
  { name: "a unit in TCVN3", row: { [REG.unit]: "Phßng Néi vô" }, codes: ["DK02", "DK16"] },
  { name: "a unit in VNI", row: { [REG.unit]: "Phoøng Noäi vuï" }, codes: ["DK02", "DK16"] },
  { name: "a title in TCVN3", row: { [REG.title]: "Lao ®éng tiªn tiÕn" }, codes: ["DK07", "DK16"] },
  { name: "a title in VNI", row: { [REG.title]: "Lao ñoäng tieân tieán" }, codes: ["DK07", "DK16"] },
  { name: "an initiative in TCVN3", row: { [REG.initiative]: "S¸ng kiÕn c¶i tiÕn" }, codes: ["DK16"] },
  { name: "an initiative in VNI", row: { [REG.initiative]: "Saùng kieán caûi tieán" }, codes: ["DK16"] },
  { name: "a person name as mojibake", row: { [REG.person]: mojibake("Nguyễn Văn An") }, codes: ["DK16"] },
  {
    name: "an initiative as mojibake",
    row: { [REG.initiative]: mojibake("Sáng kiến cải tiến") },
    codes: ["DK16"],
  },
  {
    name: "a TCVN3 street name Lª Lîi in the position",
    row: { [REG.position]: "Tæ tr­ëng Lª Lîi" },
    codes: ["DK16"],
  },
  // Dates
  { name: "31/02/2020 as text", row: { [REG.date]: "31/02/2020" }, codes: ["DK11"] },
  { name: "29/02/2019 (not a leap year)", row: { [REG.date]: "29/02/2019" }, codes: ["DK11"] },
  { name: "29/02/2020, the day after the deadline", row: { [REG.date]: "29/02/2020" }, codes: ["DK12"] },
  { name: "28/02/2020, the deadline day itself", row: { [REG.date]: "28/02/2020" }, codes: [] },
  { name: "d/m/yyyy text", row: { [REG.date]: "20/2/2020" }, codes: [] },
  { name: "an ISO date text", row: { [REG.date]: "2020-02-20" }, codes: ["DK11"] },
  { name: "a two-digit year", row: { [REG.date]: "20/02/20" }, codes: ["DK11"] },
  { name: "dots as separators", row: { [REG.date]: "20.02.2020" }, codes: ["DK11"] },
  { name: "a US-order date", row: { [REG.date]: "02/20/2020" }, codes: ["DK11"] },
  { name: "day 0", row: { [REG.date]: "0/02/2020" }, codes: ["DK11"] },
  { name: "day 32", row: { [REG.date]: "32/01/2020" }, codes: ["DK11"] },
  { name: "month 13", row: { [REG.date]: "20/13/2020" }, codes: ["DK11"] },
  { name: "a date in words", row: { [REG.date]: "ngày 20 tháng 2" }, codes: ["DK11"] },
  { name: "the serial number 43890", row: { [REG.date]: 43890 }, codes: ["DK11"] },
  { name: "a fractional serial number", row: { [REG.date]: 43881.5 }, codes: ["DK11"] },
  { name: "TRUE as a date", row: { [REG.date]: true }, codes: ["DK11"] },
  { name: "FALSE as a date", row: { [REG.date]: false }, codes: ["DK11"] },
  { name: "an Invalid Date cell", row: { [REG.date]: new Date(Number.NaN) }, codes: ["DK11"] },
  { name: "a date cell on 01/03/2020", row: { [REG.date]: dmy("01/03/2020") }, codes: ["DK12"] },
  {
    name: "a date cell at 23:59 on the deadline",
    row: { [REG.date]: new Date(2020, 1, 28, 23, 59) },
    codes: [],
  },
  {
    name: "a date cell at midnight after the deadline",
    row: { [REG.date]: new Date(2020, 1, 29) },
    codes: ["DK12"],
  },
  { name: "a date in 2099", row: { [REG.date]: "20/02/2099" }, codes: ["DK12"] },
  { name: "a date text with surrounding spaces", row: { [REG.date]: " 20/02/2020 " }, codes: [] },
  // Booleans and numbers as text cells
  { name: "TRUE as the unit", row: { [REG.unit]: true }, codes: ["DK02"] },
  { name: "a number as the unit", row: { [REG.unit]: 12345 }, codes: ["DK02"] },
  { name: "NaN as the unit", row: { [REG.unit]: Number.NaN }, codes: ["DK02"] },
  { name: "a date cell as the unit", row: { [REG.unit]: dmy(ON_TIME) }, codes: ["DK02"] },
  { name: "a number as the title", row: { [REG.title]: 1 }, codes: ["DK07"] },
  { name: "a number as the subject", row: { [REG.subject]: 1 }, codes: ["DK04"] },
  { name: "FALSE as the subject", row: { [REG.subject]: false }, codes: ["DK04"] },
  { name: "a number as the person name", row: { [REG.person]: 42 }, codes: [] },
  // Duplicates
  { name: "a duplicate collective row", row: collectiveRow(UNIT3, TITLES.ttldtt), codes: ["DK13"] },
  {
    name: "an individual without a name, a CSTĐCS, on 31/02/2020, in Cụm 2",
    cluster: "2",
    row: {
      [REG.unit]: "UBND xã Kim Sơn",
      [REG.person]: "",
      [REG.title]: TITLES.cstdcs,
      [REG.initiative]: "Sáng kiến A",
      [REG.date]: "31/02/2020",
    },
    codes: ["DK01", "DK11", "DK14", "DK15"],
    says: "Cá nhân chưa ghi họ và tên",
    notSays: "Tập thể",
  },
  {
    name: "a duplicate collective row by abbreviation",
    row: collectiveRow(UNIT3, "TTLĐTT"),
    codes: ["DK13"],
  },
  {
    name: "a duplicate LĐTT with the name in capitals",
    row: { [REG.person]: LDTT_OF(UNIT3, 2).toUpperCase(), [REG.title]: TITLES.ldtt },
    codes: ["DK13"],
  },
  {
    name: "a duplicate LĐTT with a doubled space in the name",
    row: { [REG.person]: LDTT_OF(UNIT3, 2).replace(" ", "  "), [REG.title]: TITLES.ldtt },
    codes: ["DK13", "DK17"],
  },
  {
    name: "a duplicate LĐTT with the name in NFD",
    row: { [REG.person]: nfd(LDTT_OF(UNIT3, 3)), [REG.title]: "LĐTT" },
    codes: ["DK13", "DK17"],
  },
  { name: "an LĐTT person also registered for GK", row: { [REG.person]: LDTT_OF(UNIT3, 2) }, codes: [] },
  // Wrong cluster and unit type
  { name: "a ward registered in Cụm 3", row: { [REG.unit]: WARD }, codes: ["DK03"] },
  { name: "a Ban CHQS registered in Cụm 3", row: collectiveRow(MILITARY, TITLES.ttldxs), codes: ["DK03"] },
  {
    name: "an agency registered in Cụm 7",
    cluster: "7",
    row: collectiveRow(UNIT3, TITLES.ttldxs),
    codes: ["DK03", "DK06"],
  },
  {
    name: "a Ban CHQS registered in Cụm 8",
    cluster: "8",
    row: collectiveRow(MILITARY, TITLES.ttldxs),
    codes: ["DK03", "DK06"],
  },
  {
    name: "a company registered in Cụm 9",
    cluster: "9",
    row: collectiveRow(COMPANY, TITLES.ttldxs),
    codes: ["DK03", "DK06"],
  },
  { name: "a unit of cluster 3 named in Cụm 1", cluster: "1", row: {}, codes: ["DK03"] },
  // Wrong subject for the title
  { name: "an individual registering TTLĐTT", row: { [REG.title]: TITLES.ttldtt }, codes: ["DK08"] },
  { name: "an individual registering Cờ thi đua", row: { [REG.title]: TITLES.ctdtp }, codes: ["DK08"] },
  { name: "a collective registering LĐTT", row: collectiveRow(UNIT3, TITLES.ldtt), codes: ["DK08"] },
  {
    name: "a collective registering CSTĐCS with an initiative",
    row: { ...collectiveRow(UNIT3, "CSTĐCS"), [REG.initiative]: "SK" },
    codes: ["DK08"],
  },
  // Individuals in collective-only clusters
  {
    name: "an individual in Cụm 7",
    cluster: "7",
    row: { [REG.unit]: MILITARY, [REG.title]: TITLES.ldtt },
    codes: ["DK05"],
  },
  {
    name: "an individual in Cụm 8",
    cluster: "8",
    row: { [REG.unit]: POLICE, [REG.title]: TITLES.ldtt },
    codes: ["DK05"],
  },
  {
    name: "an individual in Cụm 9",
    cluster: "9",
    row: { [REG.unit]: ASSOCIATION, [REG.title]: TITLES.ldtt },
    codes: ["DK05"],
  },
  { name: "an individual in Cụm 10", cluster: "10", row: { [REG.unit]: COMPANY }, codes: ["DK05"] },
  {
    name: "an unnamed individual in Cụm 9",
    cluster: "9",
    row: { [REG.unit]: ASSOCIATION, [REG.person]: "" },
    codes: ["DK01", "DK05"],
  },
  // Titles needing an initiative or a model
  { name: "BKTP without an initiative", row: { [REG.title]: BKTP }, codes: ["DK09"] },
  {
    name: "BKTP with a whitespace initiative",
    row: { [REG.title]: BKTP, [REG.initiative]: "  " },
    codes: ["DK09", "DK17"],
  },
  {
    name: "BKTP with an initiative",
    row: { [REG.title]: BKTP, [REG.initiative]: "Sáng kiến số hóa hồ sơ" },
    codes: [],
  },
  {
    name: "a second CSTĐCS without an initiative (also over the 15% quota)",
    row: { [REG.person]: LDTT_OF(UNIT3, 1), [REG.title]: TITLES.cstdcs },
    codes: ["DK09", "DK15"],
  },
  {
    name: "CSTĐTP without an initiative and without CSTĐCS",
    row: { [REG.title]: "Chiến sĩ thi đua Thành phố" },
    codes: ["DK09", "DK14"],
  },
  {
    name: "the Chiến sỹ spelling of CSTĐCS for a person without LĐTT",
    row: { [REG.title]: "Chiến sỹ thi đua cơ sở", [REG.initiative]: "Sáng kiến" },
    codes: ["DK14", "DK15"],
  },
  { name: "Cờ thi đua by an agency without a model", row: collectiveRow(UNIT3, TITLES.ctdtp), codes: [] },
  {
    name: "Cờ thi đua again by a ward without a model",
    cluster: "1",
    row: collectiveRow(WARD, TITLES.ctdtp),
    codes: ["DK10", "DK13"],
  },
  // Late dates
  {
    name: "a row dated 29/02/2020 in Cụm 1",
    cluster: "1",
    row: { [REG.unit]: WARD, [REG.date]: "29/02/2020" },
    codes: ["DK12"],
  },
  {
    name: "a collective row dated in December",
    row: { ...collectiveRow(UNIT3, TITLES.ttldxs), [REG.date]: "31/12/2020" },
    codes: ["DK12"],
  },
  // Unknown unit or title, with near-miss hints
  {
    name: "a unit missing a diacritic",
    row: { [REG.unit]: "Phòng Nội vu" },
    codes: ["DK02"],
    says: "có phải 'Phòng Nội vụ'?",
  },
  {
    name: "a unit without any diacritic",
    row: { [REG.unit]: "Phong Noi vu" },
    codes: ["DK02"],
    says: "có phải 'Phòng Nội vụ'?",
  },
  {
    name: "a unit with a typo",
    row: { [REG.unit]: "Phòng Tư phá" },
    codes: ["DK02"],
    says: "có phải 'Phòng Tư pháp'?",
  },
  {
    name: "the Thanh tra without diacritics",
    row: { [REG.unit]: "Thanh tra thi xa" },
    codes: ["DK02"],
    says: "có phải 'Thanh tra thị xã'?",
  },
  { name: "an unrelated unit", row: { [REG.unit]: "xyz" }, codes: ["DK02"], notSays: "có phải" },
  {
    name: "a title without diacritics",
    row: { [REG.title]: "Lao dong tien tien" },
    codes: ["DK07"],
    says: "có phải 'Lao động tiên tiến'?",
  },
  {
    name: "a title missing 'của'",
    row: { [REG.title]: "Giấy khen Chủ tịch UBND thị xã" },
    codes: ["DK07"],
    says: `có phải '${GK}'?`,
  },
  {
    name: "a title with a typo",
    row: { [REG.title]: "Chiến sĩ thi đua cơ xở", [REG.initiative]: "SK" },
    codes: ["DK07"],
    says: "có phải 'Chiến sĩ thi đua cơ sở'?",
  },
  {
    name: "a collective title without diacritics",
    row: { ...collectiveRow(UNIT3, "Tap the lao dong xuat sac") },
    codes: ["DK07"],
    says: "có phải 'Tập thể lao động xuất sắc'?",
  },
  {
    name: "a title the catalogue lacks",
    row: { [REG.title]: "Huân chương Lao động hạng Ba" },
    codes: ["DK07"],
  },
];

/** The clean workbook's core snapshot plus one appended row. */
function withRow(
  base: Snapshot,
  cluster: string,
  row: Row,
): { snapshot: Snapshot; tab: string; rowNumber: number } {
  const tab = clusterTabName(cluster);
  const grids = base.grids.map((g) => {
    if (g.name !== tab) return g;
    const headers = (g.values[0] ?? []).map(String);
    const cells = headers.map((h) => (h === REG.status ? "" : (row[h] ?? "")));
    return { name: g.name, values: [...g.values, cells] };
  });
  const grid = grids.find((g) => g.name === tab)!;
  return { snapshot: { grids }, tab, rowNumber: grid.values.length };
}

const fullRow = (c: BadRow): Row => ({
  ...BASE,
  ...(c.cluster === "1" && !(REG.unit in c.row) ? { [REG.unit]: UNIT3 } : {}),
  ...c.row,
});

describe("the bad-row corpus", () => {
  it("holds at least 100 hand-written rows with distinct names", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });
});

describe("the messages of the bad-row corpus", () => {
  let base: Snapshot;
  beforeAll(() => {
    base = cleanWorkbook().coreSnapshot();
  });

  // A message names its subject as the row states it: a collective as "Tập thể", an individual as
  // "Cá nhân" (by name, or saying the name is missing), never the other way round.
  it.each(CASES.filter((c) => !c.bug))("$name: every message agrees with the row's subject", (c) => {
    const row = fullRow(c);
    const { snapshot, tab, rowNumber } = withRow(base, c.cluster ?? "3", row);
    const lines = checkWorkbook(snapshot, NOW)
      .findings.filter((f) => f.sheet === tab && f.row === rowNumber)
      .map((f) => f.message);
    const subject = String(row[REG.subject] ?? "").trim();
    for (const line of lines) {
      if (subject === SUBJECT.individual) expect(line, line).not.toMatch(/Tập thể '/);
      if (subject === SUBJECT.collective) expect(line, line).not.toMatch(/Cá nhân '/);
      const named = /Tập thể '([^']*)'/.exec(line)?.[1];
      if (named !== undefined) expect(named.length, line).toBeGreaterThan(0);
    }
  });
});

describe("bad registration rows through the core checkWorkbook", () => {
  let base: Snapshot;
  beforeAll(() => {
    base = cleanWorkbook().coreSnapshot();
  });

  const expectRow = (c: BadRow) => {
    const { snapshot, tab, rowNumber } = withRow(base, c.cluster ?? "3", fullRow(c));
    const result = checkWorkbook(snapshot, NOW);
    const status = result.statuses.find((s) => s.sheet === tab)?.rows[rowNumber - 2]?.text ?? "";
    expect([...new Set(codesIn(status))].sort(), status).toEqual([...c.codes].sort());
    if (c.codes.length === 0) expect(status).toBe("Hợp lệ");
    if (c.says) expect(status).toContain(c.says);
    if (c.notSays) expect(status).not.toContain(c.notSays);
  };

  it.each(CASES.filter((c) => !c.bug))("$name gives exactly $codes on its row", expectRow);

  // Known product bugs: remove `bug` from the case once fixed (`it.fails` then fails).
  for (const c of CASES.filter((x) => x.bug)) {
    it.fails(`${c.name} gives exactly ${c.codes.join(", ")} on its row (BUG: ${c.bug})`, () => expectRow(c));
  }
});

/** Cases also run through the built bundle: strings are typed with a leading apostrophe so they stay text. */
const BUNDLE_SAMPLE = [
  "a whitespace-only unit",
  "a 50 000-character person name",
  "a unit written as a formula text",
  "a person name holding a script tag",
  "a unit in NFD",
  "a person name in TCVN3",
  "a person name in VNI",
  "31/02/2020 as text",
  "the serial number 43890",
  "TRUE as a date",
  "a duplicate collective row",
  "an agency registered in Cụm 7",
  "an individual registering TTLĐTT",
  "an individual in Cụm 8",
  "BKTP without an initiative",
  "a unit missing a diacritic",
  "a title with a typo",
];

/** What to type so the cell stores `v` as is: an apostrophe only where typed input would parse the text. */
function asTyped(v: Cell): Cell {
  if (typeof v !== "string" || v === "") return v;
  const parsed = parseTypedInput(v, "Asia/Ho_Chi_Minh");
  return parsed.kind === "value" && parsed.value === v ? v : `'${v}`;
}

describe("a sample of bad rows through checkData in the sandbox", () => {
  let wb: Workbook;
  beforeAll(() => {
    wb = cleanWorkbook();
  });

  it("names only cases of the corpus", () => {
    const names = new Set(CASES.map((c) => c.name));
    expect(BUNDLE_SAMPLE.filter((n) => !names.has(n))).toEqual([]);
  });

  it.each(CASES.filter((c) => BUNDLE_SAMPLE.includes(c.name)))(
    "$name gives exactly $codes on its row",
    (c) => {
      const tab = clusterTabName(c.cluster ?? "3");
      const typed = Object.fromEntries(Object.entries(fullRow(c)).map(([h, v]) => [h, asTyped(v)]));
      const row = wb.append(tab, typed);
      try {
        wb.checkData();
        const status = wb.status(tab, row);
        expect([...new Set(codesIn(status))].sort(), status).toEqual([...c.codes].sort());
        if (c.says) expect(status).toContain(c.says);
      } finally {
        wb.untracked(() => wb.sheet(tab).deleteRow(row));
      }
    },
  );
});
