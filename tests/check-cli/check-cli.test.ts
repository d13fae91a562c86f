import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TAB } from "../../src/core/contract/workbook";
import { cleanWorkbook } from "../../tools/fixtures/clean-workbook";
import { loadWorkbook, saveWorkbook } from "../../tools/xlsx";
import { type CheckJson, check, run } from "./cli-run";

const dir = mkdtempSync(join(tmpdir(), "check-cli-"));
const DEMO = join(dir, "demo.xlsx");

beforeAll(async () => {
  const demo = await run("tools/demo/cli.ts", DEMO);
  if (demo.code !== 0) throw new Error(`npm run demo failed: ${demo.stderr}`);
  await saveWorkbook(cleanWorkbook().ss, join(dir, "sach.xlsx"));
  const noUnits = await loadWorkbook(DEMO);
  const ss = noUnits.services.spreadsheet;
  ss.deleteSheet(ss.getSheetByName(TAB.units) as never);
  await saveWorkbook(ss, join(dir, "thieu-don-vi.xlsx"));
  writeFileSync(join(dir, "rong.xlsx"), "");
  writeFileSync(join(dir, "csv.xlsx"), "Tên đơn vị;Số cụm\nPhòng Nội vụ;3\n");
  writeFileSync(join(dir, "hong.xlsx"), readFileSync(DEMO).subarray(0, 4000));
}, 120_000);

describe.concurrent("npm run check", { timeout: 120_000 }, () => {
  it("--json prints one JSON object with the findings the demo was built to contain, and exits 1", async () => {
    const before = readFileSync(DEMO);
    const r = await check(DEMO, "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as CheckJson;
    const codes = new Set(out.findings.map((f) => f.code));
    for (const code of ["DV01", "DV02", "DK02", "DK05", "DK09", "DK12", "DK13", "DK16"])
      expect(codes, code).toContain(code);
    const dk02 = out.findings.find((f) => f.code === "DK02")!;
    expect(dk02).toMatchObject({ severity: "Lỗi", sheet: "Cụm 1", unit: "UBND phường Lê Loi" });
    expect(dk02.message).toContain("UBND phường Lê Lợi");
    expect(typeof dk02.row).toBe("number");
    expect(out.findings.find((f) => f.code === "DV01")?.row).toBeNull();
    expect(out.findings.every((f) => ["Lỗi", "Cảnh báo", "Thông tin"].includes(f.severity))).toBe(true);
    expect(out.summary.errors).toBe(out.findings.filter((f) => f.severity === "Lỗi").length);
    expect(out.summary.byCode.DV01).toBe(out.findings.filter((f) => f.code === "DV01").length);
    expect(readFileSync(DEMO).equals(before)).toBe(true);
  });

  it("--json reports the score findings (DI) of the demo's partly entered Điểm Cụm tabs", async () => {
    const r = await check(DEMO, "--json");
    const out = JSON.parse(r.stdout) as CheckJson;
    const di = out.findings.filter((f) => f.code.startsWith("DI"));
    for (const code of ["DI01", "DI02", "DI04", "DI06", "DI07"]) {
      expect(out.summary.byCode[code], code).toBeGreaterThan(0);
      expect(out.summary.byCode[code]).toBe(di.filter((f) => f.code === code).length);
    }
    expect(di.every((f) => /^Điểm Cụm \d+$/.test(f.sheet ?? "") && typeof f.row === "number")).toBe(true);
    expect(di.find((f) => f.code === "DI01")).toMatchObject({
      severity: "Lỗi",
      sheet: "Điểm Cụm 2",
      unit: "UBND xã Thanh Mỹ",
    });
    const ties = di.filter((f) => f.code === "DI07");
    expect(ties.map((f) => f.unit).sort()).toEqual(["UBND phường Lê Lợi", "UBND phường Quang Trung"]);
    expect(ties.every((f) => f.severity === "Cảnh báo")).toBe(true);
    expect(di.filter((f) => f.code === "DI06").map((f) => f.unit)).toContain("UBND phường Xuân Khanh");
    // Clusters 9 and 10 have not started scoring: no DI finding on their tabs.
    expect(di.some((f) => f.sheet === "Điểm Cụm 9" || f.sheet === "Điểm Cụm 10")).toBe(false);
    // DI02: one finding per unit, naming the criteria.
    const di02 = di.filter((f) => f.code === "DI02");
    expect(new Set(di02.map((f) => f.unit)).size).toBe(di02.length);
  });

  it("prints a Vietnamese summary with the units that miss the cutoff, and --out writes an annotated copy", async () => {
    const before = readFileSync(DEMO);
    const out = join(dir, "ket-qua.xlsx");
    // The demo stands on 20/02/2020 without Ngày tham chiếu: --as-of checks it as of a day after the deadline.
    const r = await check(DEMO, "--out", out, "--as-of", "15/03/2020");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ngày tham chiếu 15/03/2020");
    expect(r.stdout).toContain("Đơn vị không được xét khen thưởng (5):");
    expect(r.stdout).toContain("Thanh tra thị xã (Cụm 3) — DV01");
    expect(readFileSync(DEMO).equals(before)).toBe(true);
    const annotated = (await loadWorkbook(out)).services.spreadsheet;
    expect(annotated.getSheetByName("BC Kiểm tra")).not.toBeNull();
    const cluster = annotated.getSheetByName("Cụm 7")!.getDataRange().getValues();
    const status = cluster[0]!.indexOf("Kết quả kiểm tra");
    expect(cluster.some((row) => String(row[status]).startsWith("DK05:"))).toBe(true);
  });

  it("--as-of moves 'today': before the deadline an unregistered unit is told to register in time", async () => {
    const r = await check(DEMO, "--json", "--as-of", "01/02/2020");
    const out = JSON.parse(r.stdout) as CheckJson;
    const dv01 = out.findings.find((f) => f.code === "DV01" && f.unit === "Thanh tra thị xã");
    expect(dv01?.message).toContain("hãy đăng ký trước hạn");
    expect(dv01?.message).not.toContain("không được xét khen thưởng");
  });

  it("exits 0 on a clean workbook", async () => {
    const r = await check(join(dir, "sach.xlsx"));
    expect(r.stdout).toContain("Lỗi: 0");
    expect(r.code).toBe(0);
  });

  it.each([
    ["rong.xlsx", "rỗng (0 byte)"],
    ["csv.xlsx", "tệp văn bản (có thể là CSV đổi đuôi thành .xlsx)"],
    ["hong.xlsx", "bị hỏng hoặc không phải tệp Excel"],
    ["thieu-don-vi.xlsx", "thiếu trang bắt buộc 'Đơn vị'"],
    ["khong-co.xlsx", "Không tìm thấy tệp"],
  ])("exits 2 on %s with a Vietnamese message and no stack trace", async (name, message) => {
    const r = await check(join(dir, name), "--json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\bat .*\(|Error:/);
  });

  it("exits 2 on a bad command line", async () => {
    const r = await check(DEMO, "--as-of", "31/02/2020");
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      "Ngày '31/02/2020' sau --as-of không hợp lệ: hãy ghi dạng dd/mm/yyyy, ví dụ 15/03/2020.",
    ]);
  });
});
