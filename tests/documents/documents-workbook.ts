import { REG, SETTING } from "../../src/core/contract/workbook";
import {
  cleanRegistrations,
  cleanWorkbook,
  individual,
  LATE,
  type RegRow,
  TITLES,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";

/** DOCUMENTS.md's order of given names, each on a different family name: An < Anh < Ánh < Ân < Bình < Dũng < Đức. */
export const ORDERED_PEOPLE = [
  "Trần Thị An",
  "Lê Anh",
  "Phạm Thị Ánh",
  "Hoàng Văn Ân",
  "Đỗ Văn Bình",
  "Vũ Dũng",
  "Nguyễn Văn Đức",
];
/** The same people as typed into the sheet: no order at all. */
const TYPED = [3, 6, 0, 5, 2, 4, 1].map((i) => ORDERED_PEOPLE[i] as string);

const unitOf = (cluster: string, n = 0) => UNITS.filter((u) => u.cluster === cluster)[n]?.name as string;
/** The unit whose people are the DOCUMENTS.md names (cluster 1, first unit). */
export const ORDER_UNIT = unitOf("1");
/** A unit of cluster 3 whose every row came after the deadline (DV02). */
export const LATE_UNIT = unitOf("3", 1);
/** A unit of cluster 4 with no registration at all (DV01). */
export const SILENT_UNIT = unitOf("4", 1);
/** A unit of cluster 2 with one late row among its rows on time. */
const ONE_LATE_UNIT = unitOf("2");
export const LATE_PERSON = "Bùi Văn Muộn";
export const NO_INITIATIVE_PERSON = "Lý Thị Thiếu";
export const SIGNER = "Nguyễn Văn Hùng";

/**
 * The clean 2020 workbook changed for the documents: the first unit of cluster 1 registers the
 * DOCUMENTS.md names in no order (one of them also CSTĐCS and CSTĐTP, a City title); a late
 * row in cluster 2 (DK12); a CSTĐCS and a CSTĐTP without initiative (DK09); a unit whose rows are all late
 * (DV02) and one that registered nothing (DV01). `Người ký` is set.
 */
export function documentsWorkbook(): Workbook {
  const regs = cleanRegistrations();
  const c1 = (regs.get("1") as RegRow[]).filter(
    (r) => r[REG.unit] !== ORDER_UNIT || r[REG.subject] !== "Cá nhân",
  );
  for (const name of TYPED) c1.push(individual(ORDER_UNIT, name, TITLES.ldtt));
  c1.push(individual(ORDER_UNIT, "Nguyễn Văn Đức", TITLES.cstdcs, "Sáng kiến số hóa hồ sơ một cửa"));
  c1.push(
    individual(ORDER_UNIT, "Nguyễn Văn Đức", "Chiến sĩ thi đua Thành phố", "Sáng kiến số hóa hồ sơ một cửa"),
  );
  regs.set("1", c1);
  const c2 = regs.get("2") as RegRow[];
  c2.push({ ...individual(ONE_LATE_UNIT, LATE_PERSON, TITLES.ldtt), [REG.date]: LATE });
  c2.push(individual(ONE_LATE_UNIT, NO_INITIATIVE_PERSON, TITLES.cstdcs));
  c2.push(individual(ONE_LATE_UNIT, NO_INITIATIVE_PERSON, TITLES.ldtt));
  c2.push(individual(ONE_LATE_UNIT, NO_INITIATIVE_PERSON, "Chiến sĩ thi đua Thành phố"));
  regs.set("2", c2);
  regs.set(
    "3",
    (regs.get("3") as RegRow[]).map((r) => (r[REG.unit] === LATE_UNIT ? { ...r, [REG.date]: LATE } : r)),
  );
  regs.set(
    "4",
    (regs.get("4") as RegRow[]).filter((r) => r[REG.unit] !== SILENT_UNIT),
  );
  const wb = cleanWorkbook({ registrations: regs });
  wb.setSetting(SETTING.signer, SIGNER);
  return wb;
}
