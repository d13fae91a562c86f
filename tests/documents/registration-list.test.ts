import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel, Table, TableRow } from "../../src/core/documents/model";
import type { DocumentModels } from "../../src/core/use-cases/make-document";
import type { Workbook } from "../../tools/fixtures/clean-workbook";
import {
  documentsWorkbook,
  LATE_PERSON,
  LATE_UNIT,
  NO_INITIATIVE_PERSON,
  ORDER_UNIT,
  ORDERED_PEOPLE,
  SIGNER,
} from "./documents-workbook";

const LIST = "danh-sach-dang-ky";

function models(wb: Workbook, ids: string[], level: string | null = null): DocumentModel[] {
  const result = wb.sb.call("reportDocuments_", ids, level) as DocumentModels;
  return JSON.parse(JSON.stringify(result.models)) as DocumentModel[];
}
const tables = (m: DocumentModel): Table[] => m.body.filter((b): b is Table => b.kind === "table");
const data = (rows: readonly TableRow[]) =>
  rows.filter((r): r is Extract<TableRow, { kind: "data" }> => r.kind === "data").map((r) => r.cells);

/** The data rows under one unit's group row of the counted table. */
function unitRows(table: Table, unit: string): (readonly string[])[] {
  const start = table.rows.findIndex((r) => r.kind === "group" && r.label === unit);
  const end = table.rows.findIndex((r, i) => i > start && r.kind === "group");
  return data(table.rows.slice(start + 1, end < 0 ? undefined : end));
}

describe("Danh sách đăng ký thi đua, on a workbook made for it", () => {
  let wb: Workbook;
  let list: DocumentModel;
  beforeAll(() => {
    wb = documentsWorkbook();
    [list] = models(wb, [LIST]) as [DocumentModel];
  }, 120_000);

  it("is a DANH SÁCH of the year's registrations, numbered DS and signed by Người ký", () => {
    expect(list.title).toBe("DANH SÁCH");
    expect(list.subtitle).toEqual(["Đăng ký thi đua năm 2020 của các cụm thi đua"]);
    expect(list.header.number).toBe("Số:       /DS-HĐTĐKT");
    expect(list.header.placeDate).toBe("Sơn Tây, ngày 15 tháng 03 năm 2020");
    expect(list.signature).toEqual({ authority: ["TM. HỘI ĐỒNG", "CHỦ TỊCH"], signer: SIGNER });
    expect(list.recipients.at(-1)).toBe("- Lưu: VT, NV.");
    expect(list.fileName).toBe("2020 - Danh sách đăng ký thi đua - 15.03.2020");
  });

  it("orders a unit's people by given name in the Vietnamese alphabet, after its collective titles", () => {
    const rows = unitRows(tables(list)[0] as Table, ORDER_UNIT);
    const people = rows.filter((r) => r[2] !== "").map((r) => r[1]);
    const collectives = rows.filter((r) => r[2] === "").map((r) => r[1]);
    expect(collectives.length).toBeGreaterThan(0);
    expect(rows.slice(0, collectives.length).every((r) => r[1] === ORDER_UNIT)).toBe(true);
    // An < Anh < Ánh < Ân < Bình < Dũng < Đức; Đức's three titles together, in Danh hiệu order.
    expect([...new Set(people)]).toEqual(ORDERED_PEOPLE);
    expect(rows.filter((r) => r[1] === "Nguyễn Văn Đức").map((r) => r[3])).toEqual([
      "Lao động tiên tiến",
      "Chiến sĩ thi đua cơ sở",
      "Chiến sĩ thi đua Thành phố",
    ]);
  });

  it("lists only the rows that count, numbered on through the list, grouped cluster then unit", () => {
    const [counted] = tables(list) as [Table];
    const names = data(counted.rows).map((r) => r[1]);
    expect(names).not.toContain(LATE_PERSON);
    expect(names).not.toContain(LATE_UNIT);
    expect(
      data(counted.rows)
        .filter((r) => r[1] === NO_INITIATIVE_PERSON)
        .map((r) => r[3]),
    ).toEqual(["Lao động tiên tiến"]);
    expect(data(counted.rows).map((r) => r[0])).toEqual(data(counted.rows).map((_, i) => String(i + 1)));
    const sections = counted.rows.filter((r) => r.kind === "group" && r.level === 1);
    expect(sections.map((r) => (r.kind === "group" ? r.label : ""))).toEqual(
      [
        "I. CỤM THI ĐUA SỐ 1 – KHỐI PHƯỜNG",
        "II. CỤM THI ĐUA SỐ 2 – KHỐI XÃ",
        "III. CỤM THI ĐUA SỐ 3 – KHỐI CƠ QUAN TỔNG HỢP, NỘI CHÍNH",
      ].concat(sections.slice(3).map((r) => (r.kind === "group" ? r.label : ""))),
    );
    const total = list.body.find((b) => b.kind === "paragraph" && b.text.startsWith("Tổng cộng"));
    const collectives = data(counted.rows).filter((r) => r[2] === "").length;
    expect(total).toMatchObject({
      text: expect.stringContaining(
        `${collectives} tập thể và ${data(counted.rows).length - collectives} cá nhân`,
      ),
    });
  });

  it("lists the rows that do not count apart, each with its sheet row and the checks' reasons", () => {
    const apart = data((tables(list)[1] as Table).rows);
    const late = apart.find((r) => r[3] === LATE_PERSON);
    expect(late?.[1]).toMatch(/^Cụm 2, dòng \d+$/);
    expect(late?.[5]).toMatch(/^DK12: Đăng ký ngày 02\/03\/2020, sau hạn 28\/02\/2020/);
    expect(apart.filter((r) => r[3] === NO_INITIATIVE_PERSON).map((r) => r[5]?.slice(0, 5))).toEqual([
      "DK09:",
      "DK09:",
    ]);
    const unitLate = apart.filter((r) => r[2] === LATE_UNIT);
    expect(unitLate.length).toBeGreaterThan(0);
    expect(unitLate.every((r) => (r[5] ?? "").startsWith("DK12: "))).toBe(true);
    expect(list.body).toContainEqual(
      expect.objectContaining({ kind: "paragraph", text: `Các đăng ký không được tính (${apart.length}):` }),
    );
  });

  it("for the City lists only titles whose Cấp quyết định is Thành phố", () => {
    const [city] = models(wb, [LIST], "thành phố") as [DocumentModel];
    expect(city.subtitle).toEqual([
      "Đăng ký thi đua năm 2020 của các cụm thi đua",
      "(danh hiệu thi đua, hình thức khen thưởng cấp Thành phố)",
    ]);
    expect(city.fileName).toBe("2020 - Danh sách đăng ký thi đua - cấp Thành phố - 15.03.2020");
    expect(city.recipients[0]).toBe("- Hội đồng Thi đua – Khen thưởng Thành phố (để báo cáo);");
    const rows = data((tables(city)[0] as Table).rows);
    const titles = new Set(rows.map((r) => r[3]));
    // The 2020 template: CSTĐTP, TTLĐXS and the City's flag are decided by the City.
    expect([...titles].sort()).toEqual([
      "Chiến sĩ thi đua Thành phố",
      "Cờ thi đua của UBND Thành phố",
      "Tập thể lao động xuất sắc",
    ]);
    expect(rows.filter((r) => r[3] === "Chiến sĩ thi đua Thành phố").map((r) => r[1])).toEqual([
      "Nguyễn Văn Đức",
    ]);
    // Apart, only the City's titles too: the CSTĐTP without initiative, not the late LĐTT.
    const apart = data((tables(city)[1] as Table).rows);
    expect(apart.map((r) => [r[3], r[4]])).toEqual([[NO_INITIATIVE_PERSON, "Chiến sĩ thi đua Thành phố"]]);
    expect(apart[0]?.[5]).toMatch(/^DK09: /);
  });

  it("refuses a level that Danh hiệu does not have, naming the levels", () => {
    expect(() => wb.sb.call("reportDocuments_", [LIST], "Trung ương")).toThrow(
      /'Trung ương' không phải là cấp quyết định có trong trang Danh hiệu.*Thị xã, Thành phố/,
    );
  });
});
