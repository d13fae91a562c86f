import { describe, expect, it } from "vitest";
import { clusterTabName, REG, TAB } from "../../src/core/contract/workbook";
import { summaryCounts } from "../../tools/fixtures/clean-workbook";
import { typeInto } from "../../tools/gas-sandbox";
import { individual, run, sidebarWorkbook, submission, UNIT3 } from "./sidebar-workbook";

/** The workbook with tabs renamed as people do: other case, a trailing space. */
function renamed() {
  const wb = sidebarWorkbook();
  wb.untracked(() => {
    wb.ss.getSheetByName(clusterTabName("3"))!.setName("CỤM 3 ");
    wb.ss.getSheetByName(TAB.units)!.setName("đơn vị");
    wb.ss.getSheetByName(TAB.clusters)!.setName("Cụm thi đua ");
  });
  return wb;
}

describe("one rule for tab names, applied by every part of the add-on", () => {
  it("lets the sidebar open, list the units and write to 'CỤM 3 ' with 'đơn vị' and 'Cụm thi đua ' renamed", () => {
    const wb = renamed();
    const context = run<{ ok: boolean; clusters: { id: string; units: { name: string }[] }[] }>(
      wb,
      "getRegistrationContext",
    );
    expect(context.ok, JSON.stringify(context).slice(0, 300)).toBe(true);
    expect(context.clusters.find((c) => c.id === "3")?.units.map((u) => u.name)).toContain(UNIT3);
    const result = run(wb, "submitRegistrations", submission(UNIT3, [individual("Lê Văn Đổi Tên")]));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const rows = run<{ registrations: { person: string }[] }>(wb, "getUnitRegistrations", {
      cluster: "3",
      unit: UNIT3,
    });
    expect(rows.registrations.map((r) => r.person)).toContain("Lê Văn Đổi Tên");
  });

  it("lets Kiểm tra dữ liệu and the live check read the renamed tabs as the contract's", () => {
    const wb = renamed();
    const alert = wb.checkData();
    expect(alert).not.toMatch(/BT01|lỗi ngoài dự kiến/);
    expect(summaryCounts(alert).errors).toBe(0);
    const tab = wb.sheet("CỤM 3 ");
    const row = wb.untracked(() => tab.getLastRow());
    const title = wb.headers("CỤM 3 ").indexOf(REG.title) + 1;
    wb.sb.call(
      "onEdit",
      typeInto(
        wb.untracked(() => tab.getRange(row, title)),
        "Danh hiệu không có",
      ),
    );
    expect(
      String(wb.untracked(() => tab.getRange(row, wb.headers("CỤM 3 ").indexOf(REG.status) + 1).getValue())),
    ).toMatch(/^DK07/);
  });
});
