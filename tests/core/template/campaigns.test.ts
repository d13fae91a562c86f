import { describe, expect, it } from "vitest";
import { CAMPAIGN } from "../../../src/core/contract/workbook";
import { CAMPAIGN_ROWS } from "../../../src/core/template/campaigns";
import { readShared } from "./shared-docs";

describe("the 2020 thematic campaigns template", () => {
  it("lists the seven campaigns of section II.6.1", () => {
    expect(CAMPAIGN_ROWS).toHaveLength(7);
  });

  it("names each campaign's standing office as the seed does", () => {
    expect(CAMPAIGN_ROWS.map((r) => r[CAMPAIGN.office])).toEqual([
      "Phòng Nội vụ thị xã",
      "Phòng Kinh tế thị xã",
      "Phòng Lao động - Thương binh và Xã hội thị xã",
      "Phòng Văn hóa và Thông tin",
      "Phòng Y tế thị xã",
      "Công an thị xã",
      "Ban Chỉ huy Quân sự thị xã",
    ]);
  });

  it("has unique campaign names and leaves plan, criteria, list, date and status blank", () => {
    expect(new Set(CAMPAIGN_ROWS.map((r) => r[CAMPAIGN.name])).size).toBe(7);
    for (const row of CAMPAIGN_ROWS) {
      for (const h of [
        CAMPAIGN.plan,
        CAMPAIGN.criteria,
        CAMPAIGN.participants,
        CAMPAIGN.date,
        CAMPAIGN.status,
      ]) {
        expect(row[h]).toBe("");
      }
    }
  });

  it("finds each standing office, word for word, in the seed's section 6.1", (ctx) => {
    const seed = readShared("seeds/000_30edd65f61537c1a.txt");
    if (seed === null) return ctx.skip();
    const section = seed.slice(seed.indexOf("6.1."), seed.indexOf("6.2 "));
    for (const row of CAMPAIGN_ROWS) expect(section).toContain(`*${row[CAMPAIGN.office]}*`);
  });
});
