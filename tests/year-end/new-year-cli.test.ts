import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { CONFIG, HEADERS, SETTING, TAB, TASK } from "../../src/core/contract/workbook";
import { saveWorkbook } from "../../tools/xlsx";
import { madeYearEnd } from "./made-year-end";

// `npm run new-year -- FILE.xlsx --out NEXT.xlsx`: the bundle's `Tạo sổ năm sau` offline; the
// written file reopened with ExcelJS, as Excel or LibreOffice would read it.

const dir = mkdtempSync(join(tmpdir(), "new-year-"));
const CLOSED = join(dir, "so-2020.xlsx");
const OPEN = join(dir, "so-2020-chua-ket-thuc.xlsx");
const NEXT = join(dir, "so-2021.xlsx");

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "tools/new-year/cli.ts", ...args],
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

let result: Awaited<ReturnType<typeof run>>;
let book: ExcelJS.Workbook;
let input: Buffer;

beforeAll(async () => {
  const open = madeYearEnd();
  open.setSetting(SETTING.adminEmails, "noivu@example.com");
  await saveWorkbook(open.ss, OPEN);
  open.sb.services.env.user = "noivu@example.com";
  open.sb.services.env.reportedEmail = "noivu@example.com";
  open.sb.services.ui.alertAnswers.push("YES");
  open.sb.call("closeEmulationYear");
  await saveWorkbook(open.ss, CLOSED);
  input = readFileSync(CLOSED);
  result = await run(CLOSED, "--out", NEXT);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(NEXT);
}, 120_000);

/** A tab's rows as arrays of cell values (ExcelJS: 1-based, a blank cell is null or undefined). */
const rows = (tab: string): unknown[][] => {
  const out: unknown[][] = [];
  book.getWorksheet(tab)?.eachRow((row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
};

describe("npm run new-year", () => {
  it("writes next year's book, says what it did, and leaves the input file as it was", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Đã tạo sổ năm 2021");
    expect(result.stdout).toContain(`Đã ghi sổ năm sau: ${NEXT}`);
    expect(readFileSync(CLOSED).equals(input)).toBe(true);
  });

  it("has Năm thi đua 2021 and the deadline on 28/02/2021", () => {
    const config = rows(TAB.config);
    const value = (key: string) =>
      config.find((r) => r[0] === key)?.[HEADERS[TAB.config]?.indexOf(CONFIG.value) ?? 1];
    expect(value(SETTING.year)).toBe(2021);
    const deadline = value(SETTING.deadline) as Date;
    expect([deadline.getUTCFullYear(), deadline.getUTCMonth() + 1, deadline.getUTCDate()]).toEqual([
      2021, 2, 28,
    ]);
  });

  it("has every task's Hạn in 2021 and no Ngày hoàn thành", () => {
    const [head = [], ...tasks] = rows(TAB.timeline);
    const deadline = head.indexOf(TASK.deadline);
    const done = head.indexOf(TASK.done);
    expect(tasks).toHaveLength(28);
    for (const t of tasks) {
      expect((t[deadline] as Date).getUTCFullYear()).toBe(2021);
      expect(t[done] ?? "").toBe("");
    }
  });

  it("carries the whole history, this year's 18 awards included, and no registration, report or log line", () => {
    const history = rows(TAB.history);
    expect(history).toHaveLength(1 + 3 + 18);
    expect(history.filter((r) => r[0] === 2020)).toHaveLength(18);
    expect(rows("Cụm 1")).toHaveLength(1);
    expect(rows(TAB.log)).toHaveLength(1);
    expect(book.worksheets.map((w) => w.name).filter((n) => n.startsWith("BC "))).toEqual([]);
  });

  it("refuses a year not yet closed, writing nothing, and an output that is the input", async () => {
    const out = join(dir, "khong-tao.xlsx");
    const refused = await run(OPEN, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Chưa tạo được sổ năm sau: Còn 18 kết quả của năm 2020");
    expect(existsSync(out)).toBe(false);
    const same = await run(OPEN, "--out", OPEN);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("phải khác tệp năm nay");
  }, 90_000);
});
