import { describe, expect, it } from "vitest";
import type { Cell } from "../../../../src/core/cell";
import { CAMPAIGN, HEADERS, TAB } from "../../../../src/core/contract/workbook";
import { civilDate } from "../../../../src/core/dates/civil-date";
import { checkCampaigns } from "../../../../src/core/rules/campaigns/check-campaigns";
import type { Snapshot } from "../../../../src/core/table";
import { CAMPAIGN_ROWS } from "../../../../src/core/template/campaigns";
import { dateCell, planIndex } from "../plan-fixture";

const index = planIndex({ today: civilDate(10, 3, 2020), deadline: civilDate(28, 2, 2020) });
const headers = HEADERS[TAB.campaigns] ?? [];
const NAME = "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2020";

/** A campaign row in the contract's column order. */
const row = (name: Cell, plan: Cell, criteria: Cell, list: Cell, date: Cell): Cell[] => [
  name,
  "Công an thị xã",
  plan,
  criteria,
  list,
  date,
  "",
];
const full = (date: Cell = "20/02/2020") => row(NAME, "https://drive.google.com/kh", "Có", "Đã nộp", date);
const snapshot = (...rows: Cell[][]): Snapshot => ({
  grids: [{ name: TAB.campaigns, values: [headers, ...rows] }],
});
const found = (s: Snapshot) => checkCampaigns(s, index).map((f) => [f.code, f.row, f.column]);

describe("checkCampaigns", () => {
  it("reports nothing for a campaign with plan, criteria, list and an on-time date", () => {
    expect(checkCampaigns(snapshot(full()), index)).toEqual([]);
  });

  it("reports CD01, CD02 and CD03 on the blank cells, naming the campaign", () => {
    const findings = checkCampaigns(snapshot(row(NAME, "", " ", "", "20/02/2020")), index);
    expect(findings.map((f) => [f.code, f.row, f.column, f.severity])).toEqual([
      ["CD01", 2, CAMPAIGN.plan, "Lỗi"],
      ["CD02", 2, CAMPAIGN.criteria, "Lỗi"],
      ["CD03", 2, CAMPAIGN.participants, "Lỗi"],
    ]);
    for (const f of findings) expect(f.message.startsWith(`'${NAME}': `)).toBe(true);
    expect(findings[1]!.message).toContain("'Có'");
  });

  it("accepts 'Có', a link or any other text as criteria", () => {
    for (const criteria of ["Có", "https://drive.google.com/tc", "Kèm theo kế hoạch"]) {
      expect(found(snapshot(row(NAME, "KH 15/KH-UBND", criteria, "x", "01/02/2020")))).toEqual([]);
    }
  });

  it("counts a registration on the deadline day as on time and the day after as CD04", () => {
    expect(found(snapshot(full("28/02/2020")))).toEqual([]);
    const late = checkCampaigns(snapshot(full("29/02/2020")), index);
    expect(late.map((f) => [f.code, f.row, f.column])).toEqual([["CD04", 2, CAMPAIGN.date]]);
    expect(late[0]!.message).toContain("29/02/2020");
    expect(late[0]!.message).toContain("28/02/2020");
  });

  it("reads real date cells the same way as dd/mm/yyyy text", () => {
    expect(found(snapshot(full(dateCell(28, 2, 2020)), full(dateCell(1, 3, 2020))))).toEqual([
      ["CD04", 3, CAMPAIGN.date],
    ]);
  });

  it("reports CD04 for a blank date and for a date that is not one, quoting it", () => {
    const findings = checkCampaigns(snapshot(full(""), full("2020-02-20")), index);
    expect(findings.map((f) => [f.code, f.row])).toEqual([
      ["CD04", 2],
      ["CD04", 3],
    ]);
    expect(findings[0]!.message).toContain("chưa có Ngày đăng ký");
    expect(findings[1]!.message).toContain("'2020-02-20'");
  });

  it("checks only the date's form when the general deadline is unusable", () => {
    const noDeadline = planIndex({ today: civilDate(10, 3, 2020), deadline: null });
    expect(checkCampaigns(snapshot(full("30/12/2020")), noDeadline)).toEqual([]);
    expect(checkCampaigns(snapshot(full("x")), noDeadline).map((f) => f.code)).toEqual(["CD04"]);
  });

  it("finds columns by header when reordered, and keeps sheet row numbers across blank rows", () => {
    const reordered = [CAMPAIGN.date, CAMPAIGN.participants, "Cột riêng", CAMPAIGN.name, CAMPAIGN.criteria];
    const values: Cell[][] = [
      reordered,
      [],
      ["01/03/2020", "Đã nộp", "", NAME, ""],
      ["", "", "", "", ""],
      [dateCell(1, 2, 2020), "x", "y", "Phong trào khác", "Có"],
    ];
    expect(found({ grids: [{ name: TAB.campaigns, values }] })).toEqual([
      ["CD02", 3, CAMPAIGN.criteria],
      ["CD04", 3, CAMPAIGN.date],
    ]);
  });

  it("skips rows without a campaign name, even with a leftover status", () => {
    expect(found(snapshot(full(), ["", "", "", "", "", "", "CD01: cũ"]))).toEqual([]);
  });

  it("raises CD01–CD04 for each campaign of the 2020 template until the office fills it", () => {
    const values = [headers, ...CAMPAIGN_ROWS.map((r) => headers.map((h) => r[h] as Cell))];
    const findings = checkCampaigns({ grids: [{ name: TAB.campaigns, values }] }, index);
    expect(findings).toHaveLength(4 * CAMPAIGN_ROWS.length);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(["CD01", "CD02", "CD03", "CD04"]));
  });

  it("prefixes a name that does not start with 'Phong trào' with it", () => {
    const [finding] = checkCampaigns(snapshot(row("Cuộc thi viết", "", "Có", "x", "01/02/2020")), index);
    expect(finding!.message).toMatch(/^Phong trào 'Cuộc thi viết': chưa có kế hoạch phát động\. Hãy /);
  });

  it("cuts a very long campaign name in messages", () => {
    const long = `Phong trào ${"thi đua ".repeat(30)}`;
    const [finding] = checkCampaigns(snapshot(row(long, "", "Có", "x", "01/02/2020")), index);
    expect(finding!.message).toContain("…'");
  });

  it("reports nothing when the tab or its Tên phong trào column is missing (BT01/BT02 cover that)", () => {
    expect(checkCampaigns({ grids: [] }, index)).toEqual([]);
    expect(
      checkCampaigns({ grids: [{ name: TAB.campaigns, values: [[CAMPAIGN.plan], [""]] }] }, index),
    ).toEqual([]);
  });
});
