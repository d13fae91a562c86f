import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addTab, createEnv, FakeSpreadsheet, snapshot } from "../../tools/gas-sandbox";
import { fillSpreadsheet, readXlsx, saveWorkbook, XlsxFileError } from "../../tools/xlsx";

const dir = mkdtempSync(join(tmpdir(), "xlsx-files-"));

function spreadsheetWith(text: string): FakeSpreadsheet {
  const env = createEnv();
  const ss = env.calls.track(new FakeSpreadsheet(env), "Spreadsheet");
  addTab(env, ss, "Đơn vị", [["Tên đơn vị"], [`'${text}`]]);
  return ss;
}

async function rejection(path: string): Promise<XlsxFileError> {
  const error = await readXlsx(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxFileError);
  return error as XlsxFileError;
}

describe("saving a workbook", () => {
  it("writes through a temporary file and keeps the previous file as .bak", async () => {
    const path = join(dir, "so.xlsx");
    await saveWorkbook(spreadsheetWith("bản 1"), path);
    expect(existsSync(`${path}.bak`)).toBe(false);
    const first = readFileSync(path);
    await saveWorkbook(spreadsheetWith("bản 2"), path);
    expect(readFileSync(`${path}.bak`).equals(first)).toBe(true);
    expect(existsSync(`${path}.tmp`)).toBe(false);
    const back = new FakeSpreadsheet(createEnv());
    fillSpreadsheet(back, await readXlsx(path));
    expect(snapshot(back)["Đơn vị"]?.[1]).toEqual(["bản 2"]);
  });

  it("leaves the previous file untouched when the write fails", async () => {
    const path = join(dir, "giu-nguyen.xlsx");
    await saveWorkbook(spreadsheetWith("bản 1"), path);
    const before = readFileSync(path);
    writeFileSync(join(dir, "khong-phai-thu-muc"), "x");
    const error = await saveWorkbook(
      spreadsheetWith("bản 2"),
      join(dir, "khong-phai-thu-muc", "so.xlsx"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).message).toMatch(/^Không ghi được tệp 'so.xlsx'/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("a file half written by a killed save is only ever the .tmp: the workbook stays readable", async () => {
    const path = join(dir, "dang-luu.xlsx");
    await saveWorkbook(spreadsheetWith("bản 1"), path);
    const full = readFileSync(path);
    writeFileSync(`${path}.tmp`, full.subarray(0, full.length / 2)); // the state a crash leaves
    await expect(readXlsx(path)).resolves.toBeInstanceOf(ExcelJS.Workbook);
    await saveWorkbook(spreadsheetWith("bản 2"), path); // the next save replaces the stale .tmp
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });
});

describe("unusable files", () => {
  it("a missing file is named in Vietnamese", async () => {
    const e = await rejection(join(dir, "khong-co.xlsx"));
    expect([e.code, e.message]).toEqual([
      "NOT_FOUND",
      "Không tìm thấy tệp 'khong-co.xlsx'. Hãy kiểm tra lại đường dẫn.",
    ]);
  });

  it("an empty file is not an Excel file", async () => {
    writeFileSync(join(dir, "rong.xlsx"), "");
    const e = await rejection(join(dir, "rong.xlsx"));
    expect([e.code, e.message]).toEqual([
      "EMPTY",
      "Tệp 'rong.xlsx' rỗng (0 byte), không phải tệp Excel (.xlsx) hợp lệ.",
    ]);
  });

  it("a CSV renamed .xlsx is recognised as a text file", async () => {
    writeFileSync(join(dir, "csv.xlsx"), "Tên đơn vị,Số cụm\nPhòng Nội vụ,3\n");
    const e = await rejection(join(dir, "csv.xlsx"));
    expect(e.code).toBe("TEXT_FILE");
    expect(e.message).toMatch(/^Tệp 'csv.xlsx' không phải tệp Excel \(.xlsx\) hợp lệ: đây là tệp văn bản/);
  });

  it("a corrupt zip is reported as damaged", async () => {
    const good = readFileSync(join(dir, "so.xlsx"));
    writeFileSync(join(dir, "hong.xlsx"), good.subarray(0, 200));
    const e = await rejection(join(dir, "hong.xlsx"));
    expect([e.code, e.message]).toEqual([
      "CORRUPT",
      "Tệp 'hong.xlsx' bị hỏng hoặc không phải tệp Excel (.xlsx) hợp lệ. Hãy mở tệp bằng Excel hoặc Google Trang tính và lưu lại dưới dạng Excel (.xlsx).",
    ]);
  });

  it("a password-protected workbook (an OLE container) says to remove the password", async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    writeFileSync(join(dir, "mat-khau.xlsx"), ole);
    const e = await rejection(join(dir, "mat-khau.xlsx"));
    expect(e.code).toBe("ENCRYPTED");
    expect(e.message).toContain("được đặt mật khẩu");
  });

  it("random bytes are not an Excel file", async () => {
    writeFileSync(join(dir, "nhi-phan.xlsx"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
    expect((await rejection(join(dir, "nhi-phan.xlsx"))).code).toBe("NOT_XLSX");
  });
});
