import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel, Table, TableRow } from "../../src/core/documents/model";
import type { DocumentModels } from "../../src/core/use-cases/make-document";
import { buildDemo } from "../../tools/demo/build-demo";
import type { Sandbox } from "../../tools/gas-sandbox";

const IDS = ["danh-sach-dang-ky", "tong-hop-cum-danh-hieu", "don-vi-khong-xet", "ho-so-cum", "tien-do"];
const tables = (m: DocumentModel): Table[] => m.body.filter((b): b is Table => b.kind === "table");
const cells = (rows: readonly TableRow[]) => rows.flatMap((r) => (r.kind === "group" ? [] : [r.cells]));
const groups = (rows: readonly TableRow[]) => rows.flatMap((r) => (r.kind === "group" ? [r.label] : []));

describe("the documents of the demo", () => {
  let sb: Sandbox;
  let result: DocumentModels;
  let byId: Record<string, DocumentModel>;
  beforeAll(() => {
    sb = buildDemo();
    // Past every deadline of the demo (it stands on 20/02/2020), as the office would make them.
    sb.setNow(new Date("2020-03-15T09:00:00+07:00"));
    result = JSON.parse(JSON.stringify(sb.call("reportDocuments_", IDS))) as DocumentModels;
    byId = Object.fromEntries(result.models.map((m) => [m.kind, m]));
  }, 120_000);

  it("are built in the order asked, as of the day they are made, with the demo's errors counted", () => {
    expect(result.models.map((m) => m.kind)).toEqual(IDS);
    expect(result.today).toBe("15/03/2020");
    expect(result.errors).toBeGreaterThan(0);
    for (const m of result.models) {
      expect(m.header.superior).toBe("UBND THỊ XÃ SƠN TÂY");
      expect(m.header.issuer).toBe("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ XÃ SƠN TÂY");
      expect(m.header.placeDate).toBe("Sơn Tây, ngày 15 tháng 03 năm 2020");
      expect(m.fileName).toMatch(/^2020 - .+ - 15\.03\.2020$/);
    }
  });

  it("list the demo's registrations by cluster, its planted mistakes apart with their codes", () => {
    const [counted, apart] = tables(byId["danh-sach-dang-ky"] as DocumentModel) as [Table, Table];
    expect(groups(counted.rows)).toContain("UBND phường Lê Lợi");
    expect(groups(counted.rows)[0]).toBe("I. CỤM THI ĐUA SỐ 1 – KHỐI PHƯỜNG");
    const codes = cells(apart.rows).map((r) => r[5]?.slice(0, 4));
    for (const code of ["DK01", "DK02", "DK03", "DK05", "DK07", "DK09", "DK11", "DK12", "DK13"])
      expect(codes, code).toContain(code);
    expect(cells(apart.rows).find((r) => r[5]?.startsWith("DK02"))?.[2]).toBe("UBND phường Lê Loi");
    // Warnings and infos do not keep a row out: the TCVN3 name (DK16) and the NFD one (DK17) are listed.
    expect(codes).not.toContain("DK16");
    expect(codes).not.toContain("DK17");
    // The year-end conditions belong to the proposal list, not to whether a registration counts.
    expect(codes.filter((c) => c?.startsWith("KT"))).toEqual([]);
  });

  it("name the units not considered, with their cluster, cluster head and reason", () => {
    const rows = cells((tables(byId["don-vi-khong-xet"] as DocumentModel)[0] as Table).rows);
    expect(rows).toContainEqual([
      "3",
      "Thanh tra thị xã",
      expect.stringMatching(/^Cụm 3 – /),
      "Văn phòng HĐND và UBND thị xã",
      "Không đăng ký thi đua (hạn 14/02/2020)", // cluster 3's own deadline
    ]);
    expect(rows.find((r) => r[1] === "Phòng Tư pháp")?.[4]).toBe(
      "Không có đăng ký đúng hạn (hạn 14/02/2020)",
    );
    expect(rows.find((r) => r[1] === "Ban CHQS xã Thanh Mỹ")?.[4]).toBe(
      "Không đăng ký thi đua (hạn 28/02/2020)",
    );
    expect(rows.find((r) => r[1] === "UBND phường Xuân Khanh")?.[4]).toMatch(
      /^Tổng điểm [\d,]+ thấp hơn điểm sàn 70$/,
    );
  });

  it("show each cluster's dossier: complete, one document missing, late, not handed in", () => {
    const rows = cells((tables(byId["ho-so-cum"] as DocumentModel)[0] as Table).rows);
    expect(rows).toHaveLength(10);
    expect(rows[0]?.at(-1)).toBe("Đủ, đúng hạn");
    expect(rows[4]?.at(-1)).toBe("Thiếu 1 hồ sơ");
    expect(rows[4]).toContain("Thiếu");
    expect(rows[2]?.slice(-3)).toEqual(["17/02/2020", "14/02/2020", "Nộp muộn"]); // cluster 3
    expect(rows[8]?.at(-1)).toBe("Chưa nộp");
  });

  it("put the overdue tasks of the plan first, then those due soon", () => {
    const table = tables(byId["tien-do"] as DocumentModel)[0] as Table;
    const sections = groups(table.rows);
    expect(sections[0]).toMatch(/^I\. NHIỆM VỤ QUÁ HẠN \(\d+\)$/);
    expect(sections[1]).toMatch(/^II\. NHIỆM VỤ SẮP ĐẾN HẠN/);
    expect(sections.at(-1)).toMatch(/NHIỆM VỤ ĐÃ HOÀN THÀNH/);
    const first = table.rows[1];
    expect(first?.kind === "data" && first.cells[6]).toMatch(/^Quá hạn \(\d+ ngày\)$/);
  });
});
