import { describe, expect, it } from "vitest";
import { sandbox } from "../helpers/bundle";

describe("the Cuối năm submenu", () => {
  it("holds the three year-end actions, each running a top-level function of the bundle", () => {
    const sb = sandbox();
    sb.call("onOpen");
    const menu = sb.services.ui.menus.find((m) => m.caption === "Thi đua – Khen thưởng");
    const sub = menu?.entries.find((e) => e.type === "submenu" && e.caption === "Cuối năm");
    const items = sub?.type === "submenu" ? sub.entries : [];
    expect(items.map((e) => (e.type === "item" ? [e.caption, e.functionName] : []))).toEqual([
      ["Lập danh sách đề nghị khen thưởng", "buildProposalList"],
      ["Kết thúc năm thi đua", "closeEmulationYear"],
      ["Tạo sổ năm sau", "createNextYearBook"],
    ]);
    for (const name of ["buildProposalList", "closeEmulationYear", "createNextYearBook", "recordResult"])
      expect(sb.has(name), name).toBe(true);
  });
});
