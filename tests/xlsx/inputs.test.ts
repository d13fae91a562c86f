import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { XLSX_SKELETON, zipBomb, zipFile } from "../../tools/fixtures/zip-file";
import { readXlsx, XlsxFileError } from "../../tools/xlsx";

const dir = mkdtempSync(join(tmpdir(), "xlsx-inputs-"));

function file(name: string, bytes: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The error reading `path` fails with, and how long it took to fail. */
async function refusal(path: string): Promise<{ error: XlsxFileError; ms: number }> {
  const start = performance.now();
  const error = await readXlsx(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxFileError);
  return { error: error as XlsxFileError, ms: performance.now() - start };
}

const ole = (stream: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from(stream, "utf16le"),
  ]);

describe("files that are not an .xlsx each say what they are and what to do", () => {
  it.each([
    ["a CSV file", "don-vi.csv", "Tên đơn vị,Số cụm\nPhòng Nội vụ,3\n", "CSV_FILE", "là tệp CSV"],
    [
      "a web page saved as .xls",
      "bao-cao.xls",
      "<html><table><tr><td>1</td></tr></table></html>",
      "HTML_FILE",
      "HTML",
    ],
    ["an Excel 97–2003 file", "so-cu.xls", ole("Workbook"), "XLS_FILE", "Excel 97–2003 (.xls)"],
    ["a password-protected workbook", "mat-khau.xlsx", ole("EncryptedPackage"), "PASSWORD", "bỏ mật khẩu"],
  ] as const)("%s", async (_, name, bytes, code, text) => {
    const { error } = await refusal(file(name, bytes));
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
    expect(error.message).toContain(name);
  });

  it("an OpenDocument spreadsheet (.ods) is told to be saved as .xlsx", async () => {
    const ods = zipFile([
      { name: "mimetype", text: "application/vnd.oasis.opendocument.spreadsheet" },
      { name: "content.xml", text: "<office:document-content/>" },
    ]);
    const { error } = await refusal(file("so.ods", ods));
    expect(error.code).toBe("ODS_FILE");
    expect(error.message).toContain("lưu lại dưới dạng Excel (.xlsx)");
  });

  it("a zip without a workbook is not an Excel file", async () => {
    const { error } = await refusal(
      file("tai-lieu.xlsx", zipFile([{ name: "word/document.xml", text: "<w/>" }])),
    );
    expect(error.code).toBe("NOT_XLSX");
  });

  it("a device is not read at all", async () => {
    const { error, ms } = await refusal("/dev/zero");
    expect([error.code, error.message]).toEqual([
      "UNREADABLE",
      "Không đọc được tệp 'zero' (không phải một tệp thông thường).",
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it("a directory is named as one", async () => {
    mkdirSync(join(dir, "thu-muc.xlsx"));
    const { error } = await refusal(join(dir, "thu-muc.xlsx"));
    expect([error.code, error.message]).toEqual([
      "DIRECTORY",
      "'thu-muc.xlsx' là một thư mục, không phải tệp. Hãy ghi đường dẫn tới tệp .xlsx cần kiểm tra.",
    ]);
  });
});

describe("bounded work whatever the file", () => {
  it("refuses a file over 50 MB without reading it", async () => {
    const path = file("qua-lon.xlsx", "PK\x03\x04");
    truncateSync(path, 60 * 1024 * 1024); // sparse: nothing is written
    const { error, ms } = await refusal(path);
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toContain("60 MB; giới hạn 50 MB");
    expect(ms).toBeLessThan(1000);
  });

  it("refuses a zip bomb from its central directory (300 MB declared) before inflating anything", async () => {
    const { error, ms } = await refusal(file("bom.xlsx", zipBomb(300)));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toContain("giải nén ra 300 MB; giới hạn 100 MB");
    expect(ms).toBeLessThan(2000);
  });

  it("refuses content out of proportion to the file even under the absolute cap", async () => {
    const { error } = await refusal(file("ty-le.xlsx", zipBomb(60)));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toMatch(/gấp \d+ lần; giới hạn 100 lần/);
  });

  it("stops inflating an entry that lies about its size (declares 1 MB, holds 300 MB)", async () => {
    const { error, ms } = await refusal(file("bom-noi-doi.xlsx", zipBomb(300, 1)));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toContain("'xl/worksheets/sheet1.xml' giải nén ra nhiều hơn 1,0 MB đã khai báo");
    expect(ms).toBeLessThan(2000);
  });

  it("refuses a zip of too many entries", async () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ name: `xl/media/${i}.txt`, text: "x" }));
    const { error } = await refusal(file("nhieu-muc.xlsx", zipFile([...XLSX_SKELETON, ...many])));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toContain("5004 mục bên trong; giới hạn 5000");
  });
});
