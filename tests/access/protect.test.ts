import { describe, expect, it } from "vitest";
import { CLUSTER, clusterTabName, REG, SETTING, scoreTabName, TAB } from "../../src/core/contract/workbook";
import { PROTECTION_MARK } from "../../src/core/protection/wanted";
import { GENERATED_COLUMN_NOTE } from "../../src/core/setup/layout";
import {
  ADMIN,
  accessWorkbook,
  actAs,
  dump,
  HEAD3,
  HEAD4,
  OWNER,
  protections,
  runMenu,
  typeAs,
} from "./access-workbook";

const [TAB3, TAB4] = [clusterTabName("3"), clusterTabName("4")];
const sorted = (...emails: string[]) => [...emails].sort();

describe("Phân quyền", () => {
  it("lets each cluster's heads and the admins edit its tabs, the admins alone the office's tabs, and warns on Nhật ký", () => {
    const wb = accessWorkbook(ADMIN);
    expect(runMenu(wb, "protectWorkbook").alert).toContain("Đã bảo vệ");
    const p = protections(wb);
    expect(p[TAB3]?.editors).toEqual(sorted(HEAD3, ADMIN, OWNER));
    expect(p[scoreTabName("3")]?.editors).toEqual(sorted(HEAD3, ADMIN, OWNER));
    expect(p[TAB4]?.editors).toEqual(sorted("x@example.com", HEAD4, ADMIN, OWNER));
    expect(p[clusterTabName("5")]?.editors).toEqual(sorted(ADMIN, OWNER));
    for (const tab of [
      TAB.config,
      TAB.clusters,
      TAB.units,
      TAB.titles,
      TAB.criteria,
      TAB.history,
      "BC Phân quyền",
    ])
      expect(p[tab]?.editors, tab).toEqual(sorted(ADMIN, OWNER));
    expect(p[TAB.log]).toMatchObject({ warningOnly: true, editors: [] });
    for (const [tab, q] of Object.entries(p)) {
      expect(q.description.startsWith(PROTECTION_MARK), tab).toBe(true);
      expect(q.domainEdit, tab).toBe(false);
    }
  });

  it("keeps the warning on the columns the add-on writes", () => {
    const wb = accessWorkbook(ADMIN);
    runMenu(wb, "protectWorkbook");
    const warnings = wb.untracked(() =>
      wb.ss
        .getProtections("RANGE" as never)
        .filter((r) => r.getDescription() === GENERATED_COLUMN_NOTE && r.isWarningOnly())
        .map((r) => r.getRange().getSheet().getName()),
    );
    expect(warnings).toContain(TAB3);
    expect(warnings).toContain(TAB.timeline);
  });

  it("stops a head typing into another cluster's tab, while their own tab and its live check still work", () => {
    const wb = accessWorkbook(ADMIN);
    runMenu(wb, "protectWorkbook");
    actAs(wb, HEAD3);
    const empty4 = wb.lastRow(TAB4) + 1;
    const before4 = dump(wb)[TAB4];
    expect(typeAs(wb, TAB4, empty4, wb.col(TAB4, REG.unit), "Đơn vị lạ")).toContain("protected cell");
    expect(dump(wb)[TAB4]).toEqual(before4);
    expect(typeAs(wb, TAB.config, 2, 2, "x")).toContain("protected cell");
    const empty3 = wb.lastRow(TAB3) + 1;
    expect(typeAs(wb, TAB3, empty3, wb.col(TAB3, REG.unit), "Đơn vị lạ")).toBeNull();
    expect(wb.status(TAB3, empty3)).toMatch(/^DK\d\d: /);
  });

  it("takes a head's access away on the next run once their e-mail leaves Email cụm trưởng", () => {
    const wb = accessWorkbook(ADMIN);
    runMenu(wb, "protectWorkbook");
    wb.set(
      TAB.clusters,
      wb.findRow(TAB.clusters, CLUSTER.id, "3"),
      CLUSTER.headEmails,
      "Cụm trưởng mới <moi3@example.com>",
    );
    const { alert } = runMenu(wb, "protectWorkbook");
    expect(alert).toContain(`'${TAB3}': thêm quyền sửa cho moi3@example.com.`);
    expect(alert).toContain(`'${TAB3}': bỏ quyền sửa của ${HEAD3}.`);
    expect(protections(wb)[TAB3]?.editors).toEqual(sorted("moi3@example.com", ADMIN, OWNER));
    actAs(wb, HEAD3);
    expect(typeAs(wb, TAB3, wb.lastRow(TAB3) + 1, 2, "Đơn vị lạ")).toContain("protected cell");
  });

  it("follows Email quản trị: a removed admin loses the office's tabs and every cluster's", () => {
    const wb = accessWorkbook(ADMIN);
    wb.setSetting(SETTING.adminEmails, `${ADMIN}; Văn thư <vanthu@example.com>`);
    runMenu(wb, "protectWorkbook");
    expect(protections(wb)[TAB.units]?.editors).toEqual(sorted(ADMIN, "vanthu@example.com", OWNER));
    wb.setSetting(SETTING.adminEmails, ADMIN);
    runMenu(wb, "protectWorkbook");
    const p = protections(wb);
    expect(p[TAB.units]?.editors).toEqual(sorted(ADMIN, OWNER));
    expect(p[TAB3]?.editors).toEqual(sorted(HEAD3, ADMIN, OWNER));
  });

  it("changes nothing on a second run, and says so", () => {
    const wb = accessWorkbook(ADMIN);
    runMenu(wb, "protectWorkbook");
    const before = protections(wb);
    wb.sb.services.calls.reset();
    expect(runMenu(wb, "protectWorkbook").alert).toContain("không có gì thay đổi");
    const changes = /^(Sheet\.protect|Protection\.(set|add|remove))/;
    expect(wb.sb.services.calls.count(changes)).toBe(0);
    expect(protections(wb)).toEqual(before);
  });

  it("never touches a protection the office made itself, and says which", () => {
    const wb = accessWorkbook(ADMIN);
    wb.untracked(() =>
      wb
        .sheet(TAB.campaigns)
        .protect()
        .setDescription("Văn phòng khóa trang này")
        .addEditor("vp@example.com"),
    );
    const before = protections(wb)[TAB.campaigns];
    const { alert } = runMenu(wb, "protectWorkbook");
    expect(alert).toContain(`Giữ nguyên bảo vệ riêng do văn phòng đặt ở 1 trang: '${TAB.campaigns}'.`);
    expect(protections(wb)[TAB.campaigns]).toEqual(before);
  });

  it("lets only the owner edit the office's tabs while Email quản trị holds no valid address", () => {
    const wb = accessWorkbook(OWNER, "Phòng Nội vụ");
    expect(runMenu(wb, "protectWorkbook").alert).toContain("chỉ chủ sở hữu bảng tính sửa được");
    const p = protections(wb);
    expect(p[TAB.config]?.editors).toEqual([OWNER]);
    expect(p[TAB3]?.editors).toEqual(sorted(HEAD3, OWNER));
  });

  it("lists in BC Phân quyền who may edit each tab, and whom the spreadsheet is not yet shared with", () => {
    const wb = accessWorkbook(ADMIN);
    wb.untracked(() => wb.ss.addEditors([HEAD3, ADMIN]));
    runMenu(wb, "protectWorkbook");
    const lines = (dump(wb)["BC Phân quyền"] ?? []).map((r) => r.map(String).join("\t"));
    expect(lines.find((l) => l.includes(`\t${TAB3}\t`))).toContain(`Cụm trưởng cụm 3 và Phòng Nội vụ`);
    expect(lines.find((l) => l.includes(`\t${TAB3}\t`))).toContain(sorted(ADMIN, HEAD3).join(", "));
    expect(lines.find((l) => l.includes(`\t${TAB.log}\t`))).toContain("Chỉ cảnh báo");
    expect(lines.find((l) => l.includes(`\t${HEAD3}\t`))).toMatch(/Cụm trưởng cụm 3.*\tCó$/);
    expect(lines.find((l) => l.includes(`\t${HEAD4}\t`))).toMatch(/\tChưa: chia sẻ/);
  });

  it("makes the same service calls whatever the number of rows", () => {
    const count = (rows: number) => {
      const wb = accessWorkbook(ADMIN);
      const row = { [REG.unit]: "Đơn vị thử", [REG.subject]: "Tập thể", [REG.title]: "LĐTT" };
      wb.writeRows(
        TAB3,
        Array.from({ length: rows }, () => row),
        wb.lastRow(TAB3) + 1,
      );
      wb.sb.services.calls.reset();
      runMenu(wb, "protectWorkbook");
      return wb.sb.services.calls.count();
    };
    expect(count(2000)).toBe(count(10));
  });
});
