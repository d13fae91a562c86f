import { describe, expect, it } from "vitest";
import { CONFIG, SETTING } from "../../../src/core/contract/workbook";
import { civilDate } from "../../../src/core/dates/civil-date";
import { CONFIG_ROWS } from "../../../src/core/template/config";

const value = (key: string) => CONFIG_ROWS.find((r) => r[CONFIG.key] === key)?.[CONFIG.value];

describe("the 2020 settings template", () => {
  it("has one row per setting of the contract, in its order", () => {
    expect(CONFIG_ROWS.map((r) => r[CONFIG.key])).toEqual(Object.values(SETTING));
  });

  it("holds the 2020 Sơn Tây defaults", () => {
    expect(value(SETTING.year)).toBe(2020);
    expect(value(SETTING.organisation)).toBe("Hội đồng Thi đua – Khen thưởng thị xã Sơn Tây");
    expect(value(SETTING.deadline)).toEqual(civilDate(28, 2, 2020));
    expect(value(SETTING.scoreFloor)).toBe(70);
    expect(value(SETTING.leadersPerCluster)).toBe(1);
    expect(value(SETTING.adminEmails)).toBe("");
    expect(value(SETTING.referenceDate)).toBe("");
  });

  it("explains every setting in a note", () => {
    for (const row of CONFIG_ROWS) expect(String(row[CONFIG.note]).length).toBeGreaterThan(20);
  });
});
