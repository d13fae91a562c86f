import { describe, expect, it } from "vitest";
import { TITLE } from "../../../src/core/contract/workbook";
import { TITLE_ROWS } from "../../../src/core/template/titles";
import { markdownTableRows, readShared } from "./shared-docs";

/** WORKBOOK.md's table of the 2020 catalogue, column for column. */
const WORKBOOK_TABLE: readonly (readonly string[])[] = [
  ["Lao động tiên tiến", "LĐTT", "Cá nhân", "", "", "", ""],
  ["Chiến sĩ thi đua cơ sở", "CSTĐCS", "Cá nhân", "Sáng kiến", "", "LĐTT", "15% LĐTT"],
  ["Chiến sĩ thi đua Thành phố", "CSTĐTP", "Cá nhân", "Sáng kiến", "", "CSTĐCS", ""],
  ["Giấy khen của Chủ tịch UBND thị xã", "GK", "Cá nhân", "", "", "", ""],
  ["Bằng khen của Chủ tịch UBND Thành phố", "BKTP", "Cá nhân", "Sáng kiến", "", "", ""],
  ["Tập thể lao động tiên tiến", "TTLĐTT", "Tập thể", "", "", "", ""],
  ["Tập thể lao động xuất sắc", "TTLĐXS", "Tập thể", "", "", "TTLĐTT", ""],
  ["Cờ thi đua của UBND Thành phố", "CTĐTP", "Tập thể", "Mô hình", "Xã, Phường", "", ""],
  ["Giấy khen của Chủ tịch UBND thị xã (tập thể)", "GKTT", "Tập thể", "", "", "", ""],
  ["Bằng khen của Chủ tịch UBND Thành phố (tập thể)", "BKTPTT", "Tập thể", "", "", "", ""],
];

const COLUMNS = [
  TITLE.name,
  TITLE.abbreviation,
  TITLE.subject,
  TITLE.requirement,
  TITLE.requirementFor,
  TITLE.prerequisite,
  TITLE.maxShare,
];
const asTable = () => TITLE_ROWS.map((row) => COLUMNS.map((h) => row[h]));

describe("the 2020 title catalogue template", () => {
  it("holds the ten rows of WORKBOOK.md with their exact values", () => {
    expect(asTable()).toEqual(WORKBOOK_TABLE);
  });

  it("agrees with the table as WORKBOOK.md currently writes it", (ctx) => {
    const md = readShared("product/WORKBOOK.md");
    if (md === null) return ctx.skip();
    const rows = markdownTableRows(md).filter((r) => r.length === 7 && r[0] !== "Tên");
    expect(rows).toEqual(WORKBOOK_TABLE);
  });

  it("has unique names and abbreviations", () => {
    const names = TITLE_ROWS.map((r) => r[TITLE.name]);
    const abbreviations = TITLE_ROWS.map((r) => r[TITLE.abbreviation]);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });

  it("points every prerequisite and quota at an abbreviation of the catalogue", () => {
    const abbreviations = new Set(TITLE_ROWS.map((r) => r[TITLE.abbreviation]));
    for (const row of TITLE_ROWS) {
      const pre = row[TITLE.prerequisite];
      if (pre !== "") expect(abbreviations.has(pre)).toBe(true);
      const share = String(row[TITLE.maxShare]);
      if (share !== "") expect(abbreviations.has(share.replace(/^\d+%\s*/, ""))).toBe(true);
    }
  });
});
