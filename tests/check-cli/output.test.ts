import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CheckJson, check, run, runCommand } from "./cli-run";

const dir = mkdtempSync(join(tmpdir(), "check-output-"));
const DEMO = join(dir, "demo.xlsx");
const CUTOFF = ["DV01", "DV02"];

beforeAll(async () => {
  const demo = await run("tools/demo/cli.ts", DEMO);
  if (demo.code !== 0) throw new Error(`npm run demo failed: ${demo.stderr}`);
}, 120_000);

/** The errors the text report lists, as `sheet|row|code`, read tab section by tab section. */
function listedErrors(text: string): string[] {
  const out: string[] = [];
  let tab: string | null = null;
  for (const line of text.split("\n")) {
    const section = /^ {2}Trang '(.+)' — \d+ lỗi:$/.exec(line);
    if (section) tab = section[1] as string;
    else if (/^ {2}Cả bảng tính — \d+ lỗi:$/.test(line)) tab = "";
    const error = /^ {4}(?:dòng (\d+))?.*?\b([A-Z]{2}\d{2}): /.exec(line);
    if (error && tab !== null) out.push(`${tab}|${error[1] ?? ""}|${error[2]}`);
    if (line.startsWith("Cảnh báo (") || line.startsWith("Thông tin (")) tab = null;
  }
  return out.sort();
}

describe.concurrent("what the checker prints", { timeout: 120_000 }, () => {
  it("prints the same JSON whether it writes an annotated copy (--out) or only reads", async () => {
    const [plain, annotated] = await Promise.all([
      check(DEMO, "--json", "--as-of", "15/03/2020"),
      check(DEMO, "--json", "--as-of", "15/03/2020", "--out", join(dir, "annotated.xlsx")),
    ]);
    expect([plain.code, annotated.code]).toEqual([1, 1]);
    expect((JSON.parse(plain.stdout) as CheckJson).findings.length).toBeGreaterThan(50);
    expect(plain.stdout).toBe(annotated.stdout);
  });

  it("the README's `npm run -s check -- file.xlsx --json > out.json` writes nothing but the JSON", async () => {
    const out = join(dir, "out.json");
    const r = await runCommand("sh", ["-c", `npm run -s check -- "${DEMO}" --json > "${out}"`]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", ""]);
    const json = JSON.parse(readFileSync(out, "utf8")) as CheckJson;
    expect(json.summary.errors).toBeGreaterThan(0);
    expect(json.findings.length).toBe(json.summary.errors + json.summary.warnings + json.summary.infos);
  });

  it("text lists the units that miss the cutoff first, then every error by tab with its row, then warnings by code", async () => {
    const [text, json] = await Promise.all([check(DEMO), check(DEMO, "--json")]);
    expect(text.code).toBe(1);
    const { findings } = JSON.parse(json.stdout) as CheckJson;
    const errors = findings.filter((f) => f.severity === "Lỗi" && !CUTOFF.includes(f.code));
    expect(listedErrors(text.stdout)).toEqual(
      errors.map((f) => `${f.sheet ?? ""}|${f.row ?? ""}|${f.code}`).sort(),
    );
    expect(text.stdout).toMatch(/\n {2}Trang 'Cụm 1' — \d+ lỗi:\n {4}dòng /);
    expect(text.stdout).toMatch(/ · UBND phường Lê Loi — DK02: Đơn vị 'UBND phường Lê Loi' không có/);
    const order = ["Đơn vị không được xét khen thưởng (5):", "Lỗi (", "Cảnh báo (", "Theo mã:"];
    const at = order.map((heading) => text.stdout.indexOf(heading));
    expect(at.every((i, n) => i >= 0 && (n === 0 || i > (at[n - 1] as number)))).toBe(true);
    const warnings = findings.filter((f) => f.severity === "Cảnh báo");
    for (const code of new Set(warnings.map((f) => f.code))) {
      const n = warnings.filter((f) => f.code === code).length;
      expect(text.stdout).toContain(`  - ${code} ×${n} (`);
    }
  });
});
