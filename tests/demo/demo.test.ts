import { beforeAll, describe, expect, it } from "vitest";
import { TAB } from "../../src/core/contract/workbook";
import { buildDemo } from "../../tools/demo/build-demo";
import { ILLUSTRATIVE_NOTE } from "../../tools/demo/fill-shared";
import { MISTAKES } from "../../tools/demo/mistakes";
import { ONLY_LATE, UNREGISTERED } from "../../tools/demo/registrations";
import { type Sandbox, snapshot } from "../../tools/gas-sandbox";

let sb: Sandbox;
let report: string[][];

beforeAll(() => {
  sb = buildDemo("build/Code.js");
  report = (snapshot(sb.services.spreadsheet)["BC Kiểm tra"] ?? []).map((r) => r.map(String));
});

const rowsWith = (code: string): string[][] => report.filter((r) => r.includes(code));

describe("the demo workbook", () => {
  it("is checked by the bundle without an unexpected error", () => {
    const alert = sb.services.ui.alerts.at(-1)?.prompt ?? "";
    expect(alert).toMatch(/^Lỗi: \d+ · Cảnh báo: \d+ · Thông tin: \d+\./);
    expect(alert).not.toContain("ngoài dự kiến");
  });

  it("flags the units that never registered (DV01) and the one that registered only late (DV02)", () => {
    expect(rowsWith("DV01").map((r) => r[1])).toEqual(expect.arrayContaining(UNREGISTERED));
    expect(rowsWith("DV01")).toHaveLength(UNREGISTERED.length);
    expect(rowsWith("DV02").map((r) => r[1])).toEqual([ONLY_LATE]);
  });

  it("raises every planted mistake", () => {
    for (const code of new Set(MISTAKES.map((m) => m.code)))
      expect(rowsWith(code).length, code).toBeGreaterThan(0);
  });

  it("suggests the right unit for the misspelt 'UBND phường Lê Loi' (DK02)", () => {
    const [dk02] = rowsWith("DK02");
    expect(dk02?.join(" ")).toContain("UBND phường Lê Loi");
    expect(dk02?.join(" ")).toContain("UBND phường Lê Lợi");
  });

  it("has dossiers partly complete, campaigns partly filled and one overdue task", () => {
    for (const code of ["HS02", "HS03", "CD02", "TD01"])
      expect(rowsWith(code).length, code).toBeGreaterThan(0);
  });

  it("writes a status for every registration row and says in Hướng dẫn that the data is illustrative", () => {
    const dump = snapshot(sb.services.spreadsheet);
    const cluster = dump["Cụm 1"] ?? [];
    const status = (cluster[0] ?? []).indexOf("Kết quả kiểm tra");
    expect(cluster.slice(1).every((r) => String(r[status]) !== "")).toBe(true);
    expect(dump[TAB.guide]?.at(-1)).toEqual(ILLUSTRATIVE_NOTE);
  });

  it("is the same workbook on every run (deterministic)", () => {
    const again = snapshot(buildDemo("build/Code.js").services.spreadsheet);
    const stable = (d: Record<string, unknown[][]>) =>
      Object.fromEntries(Object.entries(d).filter(([name]) => name !== "BC Kiểm tra" && name !== TAB.log));
    expect(stable(again)).toEqual(stable(snapshot(sb.services.spreadsheet)));
  });
});
