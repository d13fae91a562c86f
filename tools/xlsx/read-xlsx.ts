import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { xlsxError } from "./errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: password-protected .xlsx files and Excel 97–2003 .xls files.
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buffer: Buffer, magic: number[]): boolean => magic.every((b, i) => buffer[i] === b);

/** Text (CSV, TSV, HTML saved as .xlsx): no NUL byte and decodes as UTF-8 without replacement. */
function looksLikeText(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 4096);
  if (head.includes(0)) return false;
  return !head.toString("utf8").slice(0, -4).includes("\uFFFD");
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw xlsxError("NOT_FOUND", path);
    if (code === "EISDIR") throw xlsxError("UNREADABLE", path, "đây là một thư mục");
    if (code === "EACCES" || code === "EPERM") throw xlsxError("UNREADABLE", path, "không có quyền đọc");
    throw xlsxError("UNREADABLE", path, code ?? "");
  }
}

/**
 * Reads an `.xlsx` file with ExcelJS. Unusable files (missing, empty, not a zip, a text/CSV file,
 * password-protected or `.xls`, corrupt, without sheets) throw an `XlsxFileError`.
 */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const buffer = await readBytes(path);
  if (buffer.length === 0) throw xlsxError("EMPTY", path);
  if (startsWith(buffer, CFB)) throw xlsxError("ENCRYPTED", path);
  if (!startsWith(buffer, ZIP)) throw xlsxError(looksLikeText(buffer) ? "TEXT_FILE" : "NOT_XLSX", path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw xlsxError("CORRUPT", path);
  }
  if (workbook.worksheets.length === 0) throw xlsxError("NO_SHEETS", path);
  return workbook;
}
