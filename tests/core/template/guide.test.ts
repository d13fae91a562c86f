import { describe, expect, it } from "vitest";
import { STATUS_HEADER } from "../../../src/core/contract/workbook";
import { SEVERITY } from "../../../src/core/findings/finding";
import { MENU_TITLE, menuItems } from "../../../src/core/menu/menu";
import { GUIDE_ROWS } from "../../../src/core/template/guide";

const text = GUIDE_ROWS.map((r) => r.join(" ")).join("\n");

describe("the guide tab", () => {
  it("has rows of one or two cells", () => {
    for (const row of GUIDE_ROWS) {
      expect(row.length).toBeGreaterThanOrEqual(1);
      expect(row.length).toBeLessThanOrEqual(2);
    }
  });

  it("names the menu and explains every item the add-on registers", () => {
    expect(text).toContain(MENU_TITLE);
    expect(MENU_TITLE).toBe("Thi đua – Khen thưởng");
    const captions = menuItems().map((item) => item.caption);
    expect(captions.length).toBeGreaterThanOrEqual(5);
    for (const caption of captions) expect(text).toContain(caption);
  });

  it("explains the status column, the three severities, dates and the deadline rule", () => {
    expect(text).toContain(STATUS_HEADER);
    expect(text).toContain("Hợp lệ");
    for (const s of Object.values(SEVERITY)) expect(text).toContain(s);
    expect(text).toContain("dd/mm/yyyy");
    expect(text).toContain("không được xét khen thưởng");
    expect(text).toContain("tập thể trước, cá nhân sau");
  });
});
