import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { USAGE } from "../../tools/check/args";
import { zipFile } from "../../tools/fixtures/zip-file";
import { check } from "./cli-run";

const dir = mkdtempSync(join(tmpdir(), "check-inputs-"));
const file = (name: string, bytes: string | Buffer): string => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};
const folder = (name: string): string => {
  mkdirSync(join(dir, name));
  return join(dir, name);
};
const ole = (stream: string) =>
  Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504), Buffer.from(stream, "utf16le")]);

describe.concurrent("files the checker cannot use", { timeout: 60_000 }, () => {
  it.each([
    ["a CSV", () => file("don-vi.csv", "Tên đơn vị,Số cụm\nPhòng Nội vụ,3\n"), "Tệp 'don-vi.csv' là tệp CSV"],
    ["an .xls", () => file("so-cu.xls", ole("Workbook")), "là tệp Excel 97–2003 (.xls)"],
    [
      "an .ods",
      () =>
        file(
          "so.ods",
          zipFile([{ name: "mimetype", text: "application/vnd.oasis.opendocument.spreadsheet" }]),
        ),
      "là bảng tính OpenDocument (.ods",
    ],
    [
      "a web page",
      () => file("xuat.xls", "<html><body><table></table></body></html>"),
      "là trang web (HTML/XML)",
    ],
    ["a directory", () => folder("thu-muc"), "'thu-muc' là một thư mục"],
    ["an empty file", () => file("rong.xlsx", ""), "rỗng (0 byte)"],
    ["a missing file", () => join(dir, "khong-co.xlsx"), "Không tìm thấy tệp 'khong-co.xlsx'"],
  ])("%s exits 2 with its own message and what to do", async (_, make, message) => {
    const r = await check(make(), "--json");
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\bat .*\(|Error:/);
  });
});

describe.concurrent("the command line", { timeout: 60_000 }, () => {
  it.each([
    [["a.xlsx", "--bogus"], "Không hiểu tùy chọn '--bogus'."],
    [["a.xlsx", "--as-of"], "Thiếu giá trị sau --as-of."],
    [["a.xlsx", "--as-of", "--json"], "Thiếu giá trị sau --as-of."],
    [["a.xlsx", "--json=có"], "Tùy chọn --json không nhận giá trị."],
    [["a.xlsx", "b.xlsx"], "Cần đúng một tệp .xlsx để kiểm tra."],
    [["a.xlsx", "--as-of", "2020-03-15"], "Ngày '2020-03-15' sau --as-of không hợp lệ"],
  ])("%j exits 2 with a Vietnamese reason", async (args, message) => {
    const r = await check(...args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(message);
  });

  it("--help prints the usage and exits 0", async () => {
    const r = await check("--help");
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `${USAGE}\n`, ""]);
  });
});
