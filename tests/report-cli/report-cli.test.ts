import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanWorkbook } from "../../tools/fixtures/clean-workbook";
import { saveWorkbook } from "../../tools/xlsx";
import { openDocx, textOf } from "../report/helpers/docx-xml";
import { readPdf } from "../report/helpers/pdf-text";

const dir = mkdtempSync(join(tmpdir(), "report-cli-"));
const DEMO = join(dir, "demo.xlsx");
const CLEAN = join(dir, "sach.xlsx");
const LIST = "2020 - Danh sách đăng ký thi đua - 15.03.2020";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { maxBuffer: 1 << 26, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const report = (args: string[], env?: NodeJS.ProcessEnv) => run("tools/report/cli.ts", args, env);
const out = (name: string) => join(dir, name);

beforeAll(async () => {
  const demo = await run("tools/demo/cli.ts", [DEMO]);
  if (demo.code !== 0) throw new Error(`npm run demo failed: ${demo.stderr}`);
  await saveWorkbook(cleanWorkbook().ss, CLEAN);
}, 120_000);

describe.concurrent("npm run report", { timeout: 180_000 }, () => {
  it("writes every document of the demo as .docx and PDF, leaves the input as it was, and exits 1 on its errors", async () => {
    const before = readFileSync(DEMO);
    const r = await report([DEMO, "--out", out("tat-ca"), "--as-of", "15/03/2020"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Văn bản từ tệp 'demo.xlsx' — ngày 15/03/2020:");
    expect(r.stdout).toMatch(/Bảng tính còn \d+ lỗi/);
    expect(readdirSync(out("tat-ca")).sort()).toEqual(
      [
        LIST,
        "2020 - Tổng hợp theo cụm và danh hiệu - 15.03.2020",
        "2020 - Đơn vị không được xét khen thưởng - 15.03.2020",
        "2020 - Tình hình hồ sơ cụm - 15.03.2020",
        "2020 - Tiến độ thực hiện kế hoạch - 15.03.2020",
      ]
        .flatMap((n) => [`${n}.docx`, `${n}.pdf`])
        .sort(),
    );
    const docx = await openDocx(readFileSync(join(out("tat-ca"), `${LIST}.docx`)));
    const text = textOf(docx.document);
    expect(text).toContain("DANH SÁCH");
    expect(text).toContain("UBND phường Lê Lợi");
    const pages = await readPdf(readFileSync(join(out("tat-ca"), `${LIST}.pdf`)));
    expect(pages[0]?.text).toContain("DANH SÁCH");
    expect(pages[0]?.text).toContain("Đăng ký thi đua năm 2020 của các cụm thi đua");
    expect(readFileSync(DEMO).equals(before)).toBe(true);
  });

  it("--only de-nghi-khen-thuong writes the year end's list and one Tờ trình per level; refused before any result", async () => {
    const r = await report([
      DEMO,
      "--out",
      out("de-nghi"),
      "--only",
      "de-nghi-khen-thuong",
      "--as-of",
      "15/03/2020",
    ]);
    expect([r.code, r.stderr]).toEqual([1, ""]);
    const names = readdirSync(out("de-nghi")).sort();
    expect(names).toEqual(
      [
        "2020 - Danh sách đề nghị khen thưởng - 15.03.2020",
        "2020 - Tờ trình đề nghị khen thưởng (Thành phố) - 15.03.2020",
        "2020 - Tờ trình đề nghị khen thưởng (Thị xã) - 15.03.2020",
      ]
        .flatMap((n) => [`${n}.docx`, `${n}.pdf`])
        .sort(),
    );
    const list = textOf(
      (
        await openDocx(
          readFileSync(join(out("de-nghi"), "2020 - Danh sách đề nghị khen thưởng - 15.03.2020.docx")),
        )
      ).document,
    );
    expect(list).toContain("DANH SÁCH");
    expect(list).toContain("Thành phố");
    const none = await report([CLEAN, "--out", out("chua-co"), "--only", "de-nghi-khen-thuong"]);
    expect([none.code, none.stderr]).toEqual([
      2,
      expect.stringContaining("Chưa có dòng đăng ký nào có 'Kết quả bình xét'"),
    ]);
    expect(existsSync(out("chua-co"))).toBe(false);
  });

  it("--only and --cap write the City's list alone; --as-of moves its date", async () => {
    const r = await report([
      DEMO,
      "--out",
      out("thanh-pho"),
      "--only",
      "danh-sach-dang-ky",
      "--cap",
      "Thành phố",
      "--as-of",
      "05/03/2020",
    ]);
    expect(r.code).toBe(1);
    const name = "2020 - Danh sách đăng ký thi đua - cấp Thành phố - 05.03.2020";
    expect(readdirSync(out("thanh-pho")).sort()).toEqual([`${name}.docx`, `${name}.pdf`]);
    const text = textOf((await openDocx(readFileSync(join(out("thanh-pho"), `${name}.docx`)))).document);
    expect(text).toContain("Sơn Tây, ngày 05 tháng 03 năm 2020");
    expect(text).toContain("Cờ thi đua của UBND Thành phố");
    expect(text).not.toContain("Lao động tiên tiến");
  });

  it("exits 0 on a workbook without errors", async () => {
    const r = await report([CLEAN, "--out", out("sach"), "--only", "tong-hop-cum-danh-hieu,ho-so-cum"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(out("sach"))).toHaveLength(4);
  });

  it("without Chromium still writes the Word files, and says what to install", async () => {
    const r = await report(
      [DEMO, "--out", out("khong-chromium"), "--only", "ho-so-cum", "--as-of", "15/03/2020"],
      {
        CHROMIUM_PATH: join(dir, "khong-co-chromium"),
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sudo apt-get install -y chromium");
    expect(readdirSync(out("khong-chromium"))).toEqual(["2020 - Tình hình hồ sơ cụm - 15.03.2020.docx"]);
  });

  it("lists the documents in --help, and refuses what it cannot run with exit 2 and a Vietnamese message", async () => {
    const help = await report(["--help"]);
    expect(help.code).toBe(0);
    for (const id of [
      "danh-sach-dang-ky",
      "tong-hop-cum-danh-hieu",
      "don-vi-khong-xet",
      "ho-so-cum",
      "tien-do",
    ])
      expect(help.stdout).toContain(id);
    const unknown = await report([DEMO, "--out", out("x"), "--only", "to-trinh"]);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      expect.stringContaining("Không có văn bản 'to-trinh'"),
    ]);
    const noOut = await report([DEMO]);
    expect([noOut.code, noOut.stderr]).toEqual([2, expect.stringContaining("Thiếu --out")]);
    const level = await report([DEMO, "--out", out("y"), "--cap", "Trung ương"]);
    expect([level.code, level.stderr]).toEqual([
      2,
      expect.stringContaining("'Trung ương' không phải là cấp quyết định"),
    ]);
    const bad = await report([DEMO, "--out", out("x"), "--bad"]);
    expect([bad.code, bad.stderr.split("\n")[0]]).toEqual([2, "Không hiểu tùy chọn '--bad'."]);
    const missing = await report([join(dir, "khong-co.xlsx"), "--out", out("z")]);
    expect(missing.code).toBe(2);
    expect(existsSync(out("x")) || existsSync(out("y")) || existsSync(out("z"))).toBe(false);
  });
});
