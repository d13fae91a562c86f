import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChildUsage } from "../../bench/child-usage";
import { REG } from "../../src/core/contract/workbook";
import { cleanWorkbook, individual, personName, TITLES, UNITS } from "../../tools/fixtures/clean-workbook";
import { zipBomb } from "../../tools/fixtures/zip-file";
import { saveWorkbook } from "../../tools/xlsx";
import { type Run, runCommand } from "./cli-run";

// Smoke bounds, not benchmarks: before these were bounded, the bomb ran 9½ minutes, the stray
// cell never finished and the 40 000-row tab took 47 s. Each run is timed alone (this file runs
// its tests one after the other) and by its own CPU time, which other work on the machine does
// not inflate.
const dir = mkdtempSync(join(tmpdir(), "check-bounds-"));
const path = (name: string) => join(dir, name);

async function timedCheck(file: string): Promise<Run & ChildUsage> {
  const usageFile = `${file}.usage.json`;
  const args = ["--import", "tsx", "--import", "./bench/child-usage.ts", "tools/check/cli.ts", file];
  const r = await runCommand(process.execPath, args, { CHILD_USAGE_FILE: usageFile });
  return { ...r, ...(JSON.parse(readFileSync(usageFile, "utf8")) as ChildUsage) };
}

beforeAll(async () => {
  writeFileSync(path("bom.xlsx"), zipBomb(300));
  writeFileSync(path("bom-noi-doi.xlsx"), zipBomb(300, 1));
  const stray = cleanWorkbook();
  const cluster = stray.sheet("Cụm 1");
  stray.untracked(() => {
    cluster.insertRowsAfter(cluster.getMaxRows(), 20_000 - cluster.getMaxRows());
    cluster.getRange("Z20000").setValue("ghi chú lạc");
  });
  await saveWorkbook(stray.ss, path("o-lac.xlsx"));
  const large = cleanWorkbook();
  const units = UNITS.filter((u) => u.cluster === "1");
  const first = large.lastRow("Cụm 1") + 1;
  const rows = Array.from({ length: 40_000 }, (_, k) => ({
    [REG.no]: first + k - 1,
    ...individual(
      (units[k % units.length] as (typeof units)[number]).name,
      `${personName(k % 900)} ${k}`,
      TITLES.ldtt,
    ),
  }));
  large.writeRows("Cụm 1", rows, first);
  await saveWorkbook(large.ss, path("40000-dong.xlsx"));
}, 120_000);

describe("bounded work whatever the file", { timeout: 120_000 }, () => {
  it.each([
    ["bom.xlsx", "giải nén ra 300 MB; giới hạn 100 MB"],
    ["bom-noi-doi.xlsx", "giải nén ra nhiều hơn 1,0 MB đã khai báo"],
  ])("a zip bomb (%s) exits 2 within 10 s, the file untouched", async (name, reason) => {
    const before = readFileSync(path(name));
    const r = await timedCheck(path(name));
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("nội dung nén lớn bất thường");
    expect(r.stderr).toContain(reason);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.cpuMs).toBeLessThan(5_000);
    expect(readFileSync(path(name)).equals(before)).toBe(true);
  });

  it("a clean workbook with one stray cell at Z20000 is checked within 10 s", async () => {
    const r = await timedCheck(path("o-lac.xlsx"));
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Lỗi: 0 · Cảnh báo: 0 · Thông tin: 0");
    expect(r.ms).toBeLessThan(10_000);
    expect(r.cpuMs).toBeLessThan(10_000);
  });

  it("a tab of 40 000 clean registrations is checked in reasonable time", async () => {
    const r = await timedCheck(path("40000-dong.xlsx"));
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Lỗi: 0 · Cảnh báo: 0 · Thông tin: 0");
    expect(r.ms).toBeLessThan(60_000);
    expect(r.cpuMs).toBeLessThan(40_000);
    expect(r.maxRssMb).toBeLessThan(1_000);
  });
});
