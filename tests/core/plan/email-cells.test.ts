import { describe, expect, it } from "vitest";
import { CLUSTER, SETTING, TAB, UNIT } from "../../../src/core/contract/workbook";
import { TEMPLATE } from "../../../src/core/template";
import { planOf, tab, workbook } from "./workbook";

const withHeads = (heads: Record<string, string>) =>
  tab(
    TAB.clusters,
    TEMPLATE[TAB.clusters].map((r) => ({ ...r, [CLUSTER.headEmails]: heads[String(r[CLUSTER.id])] ?? "" })),
  );
const bt03 = (findings: ReturnType<typeof planOf>["findings"]) => findings.filter((f) => f.code === "BT03");

describe("e-mail cells of the setup tabs", () => {
  it("reads the addresses of Email quản trị and Email cụm trưởng as people write them", () => {
    const { index, findings } = planOf(
      workbook({
        settings: { [SETTING.adminEmails]: "Phòng Nội vụ <NoiVu@SonTay.vn>; mailto:vt@sontay.vn" },
        tabs: [withHeads({ "3": "Nguyễn A (a@sontay.vn)\nb@sontay.vn" })],
      }),
    );
    expect(index.plan.admins).toEqual(["noivu@sontay.vn", "vt@sontay.vn"]);
    expect(index.cluster("3")?.headEmails).toEqual(["a@sontay.vn", "b@sontay.vn"]);
    expect(bt03(findings)).toEqual([]);
  });

  it("reports a name-only Email quản trị as BT03 on its cell, saying only the owner is admin meanwhile", () => {
    const { index, findings } = planOf(workbook({ settings: { [SETTING.adminEmails]: "Phòng Nội vụ" } }));
    expect(index.plan.admins).toEqual([]);
    const [f] = bt03(findings);
    expect(f).toMatchObject({ sheet: TAB.config, column: "Giá trị" });
    expect(f?.row).toBeGreaterThan(1);
    expect(f?.message).toContain("'Phòng Nội vụ' không chứa địa chỉ e-mail nào");
    expect(f?.message).toContain("chỉ chủ sở hữu bảng tính");
  });

  it("names the part of Email cụm trưởng that is no address, on the cluster's row", () => {
    const { index, findings } = planOf(workbook({ tabs: [withHeads({ "4": "a@sontay.vn, Trần Văn B" })] }));
    expect(index.cluster("4")?.headEmails).toEqual(["a@sontay.vn"]);
    const [f] = bt03(findings);
    expect(f).toMatchObject({
      sheet: TAB.clusters,
      row: index.cluster("4")?.row,
      column: CLUSTER.headEmails,
    });
    expect(f?.message).toContain("Cụm 4");
    expect(f?.message).toContain("'Trần Văn B' không phải địa chỉ e-mail");
  });

  it("reads a unit's Email the same way, a name alone being BT03 on the unit", () => {
    const units = [
      {
        [UNIT.name]: "UBND phường Lê Lợi",
        [UNIT.cluster]: "1",
        [UNIT.type]: "Phường",
        [UNIT.email]: "Văn phòng",
      },
      {
        [UNIT.name]: "UBND xã Cổ Đông",
        [UNIT.cluster]: "1",
        [UNIT.type]: "Xã",
        [UNIT.email]: "VP <vp@codong.vn>",
      },
    ];
    const { index, findings } = planOf(workbook({ units }));
    expect(index.unit("UBND xã Cổ Đông")?.email).toBe("vp@codong.vn");
    expect(index.unit("UBND phường Lê Lợi")?.email).toBe("");
    expect(bt03(findings).map((f) => [f.unit, f.column])).toEqual([["UBND phường Lê Lợi", UNIT.email]]);
  });
});
