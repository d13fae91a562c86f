import { describe, expect, it } from "vitest";
import { clusterTabName, REG, scoreTabName, TAB } from "../../src/core/contract/workbook";
import { menuItems } from "../../src/core/menu/menu";
import { summaryCounts, UNITS } from "../../tools/fixtures/clean-workbook";
import { individual, submission } from "../sidebar/sidebar-workbook";
import {
  ADMIN,
  accessWorkbook,
  actAs,
  dump,
  HEAD3,
  run,
  runForm,
  runMenu,
  typeAs,
  UNIT4,
} from "./access-workbook";

const [TAB3, TAB4] = [clusterTabName("3"), clusterTabName("4")];
const HEAD3_TABS = [TAB3, scoreTabName("3"), TAB.log];
const UNKNOWN_TITLE = "Danh hiệu không có";
type Finding = { code: string; severity: string; sheet: string | null; unit?: string };

const changedTabs = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  Object.keys({ ...before, ...after }).filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));

describe("Kiểm tra dữ liệu run by a cluster head", () => {
  it("writes only their Cụm and Điểm Cụm statuses and the log, and rebuilds no BC tab", () => {
    const wb = accessWorkbook(HEAD3);
    wb.set(TAB3, 2, REG.title, UNKNOWN_TITLE);
    wb.set(TAB4, 2, REG.title, UNKNOWN_TITLE);
    const before = dump(wb);
    const { access, alert } = runMenu(wb, "checkData");
    expect(access, alert).toBe("ok");
    const after = dump(wb);
    expect(changedTabs(before, after).every((t) => HEAD3_TABS.includes(t))).toBe(true);
    expect(changedTabs(before, after)).toContain(TAB3);
    expect(Object.keys(after).filter((t) => t.startsWith("BC "))).toEqual([]);
    expect(wb.status(TAB3, 2)).toMatch(/^DK07: /);
    expect(wb.status(TAB4, 2)).toBe("");
  });

  it("sums up their clusters: the findings of the office's check on their tabs and their units", () => {
    const wb = accessWorkbook(HEAD3);
    wb.set(TAB3, 2, REG.title, UNKNOWN_TITLE);
    wb.set(TAB4, 2, REG.title, UNKNOWN_TITLE);
    wb.set(TAB4, 3, REG.title, UNKNOWN_TITLE);
    const { alert } = runMenu(wb, "checkData");
    expect(alert).toMatch(/^Kết quả kiểm tra cụm 3:/);
    expect(alert).toContain(`Chi tiết ở cột 'Kết quả kiểm tra' của trang '${TAB3}', '${scoreTabName("3")}'`);
    actAs(wb, ADMIN);
    const full = (wb.sb.call("checkData_") as { findings: Finding[] }).findings;
    const units3 = new Set(UNITS.filter((u) => u.cluster === "3").map((u) => u.name));
    const own = full.filter(
      (f) =>
        f.sheet === TAB3 ||
        f.sheet === scoreTabName("3") ||
        (f.sheet === TAB.units && units3.has(f.unit ?? "")),
    );
    const count = (severity: string) => own.filter((f) => f.severity === severity).length;
    expect(summaryCounts(alert)).toEqual({
      errors: count("Lỗi"),
      warnings: count("Cảnh báo"),
      infos: count("Thông tin"),
    });
    expect(full.filter((f) => f.sheet === TAB4 && f.code === "DK07")).toHaveLength(2);
  });
});

type UnitRows = { registrations: { row: number; fingerprint: string }[] };
const UNIT4_ROWS = { cluster: "4", unit: UNIT4 };

describe("a head of cluster 3", () => {
  it.each([
    ["without Phân quyền", false],
    ["with Phân quyền", true],
  ])(
    "cannot change cluster 4, or any tab but their own and the log, through any menu item or public function (%s)",
    (_, protect) => {
      const wb = accessWorkbook(ADMIN);
      if (protect) runMenu(wb, "protectWorkbook");
      const unit4 = run<UnitRows>(wb, "getUnitRegistrations", UNIT4_ROWS).registrations[0]!;
      const at4 = { cluster: "4", row: unit4.row, fingerprint: unit4.fingerprint };
      actAs(wb, HEAD3);
      const before = dump(wb);
      for (const item of menuItems()) runMenu(wb, item.run);
      const refused = [
        runForm(wb, "getUnitRegistrations", UNIT4_ROWS),
        runForm(wb, "updateRegistration", {
          ...at4,
          person: "Đổi",
          position: "",
          title: "LĐTT",
          initiative: "",
        }),
        runForm(wb, "withdrawRegistration", at4),
        runForm(wb, "submitRegistrations", submission(UNIT4, [individual("Người Lạ")], null, "4")),
      ];
      expect(refused).toEqual(Array(4).fill("NOT_YOUR_CLUSTER"));
      runForm(wb, "submitRegistrations", submission(UNIT4, [individual("Người Lạ")], null, "3"));
      if (protect)
        expect(typeAs(wb, TAB4, unit4.row, wb.col(TAB4, REG.person), "Đổi")).toContain("protected cell");
      const after = dump(wb);
      expect(changedTabs(before, after).filter((t) => !HEAD3_TABS.includes(t))).toEqual([]);
    },
  );
});
