import { extname } from "node:path";
import type { XlsxErrorCode } from "./errors";
import type { ZipReader } from "./zip-entries";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: Excel 97–2003 .xls files and password-protected .xlsx files alike.
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buffer: Buffer, magic: number[]): boolean => magic.every((b, i) => buffer[i] === b);

export const isZip = (buffer: Buffer): boolean => startsWith(buffer, ZIP);

/** Text (CSV, TSV, HTML saved as .xlsx): no NUL byte and decodes as UTF-8 without replacement. */
function looksLikeText(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 4096);
  if (head.includes(0)) return false;
  return !head.toString("utf8").slice(0, -4).includes("\uFFFD");
}

/** A stream name of the compound file's directory, which stores names in UTF-16LE. */
const hasStream = (buffer: Buffer, name: string): boolean => buffer.includes(Buffer.from(name, "utf16le"));

/**
 * Why a file that is not a zip cannot be an .xlsx, from its bytes and its extension: an .xls
 * (the compound file holds a `Workbook` stream), a password-protected workbook (an
 * `EncryptedPackage`), a CSV, a web page saved under an Excel name, anything else.
 */
export function notZipKind(buffer: Buffer, path: string): XlsxErrorCode {
  if (startsWith(buffer, CFB)) {
    if (hasStream(buffer, "EncryptedPackage")) return "PASSWORD";
    if (hasStream(buffer, "Workbook") || hasStream(buffer, "Book")) return "XLS_FILE";
    return "ENCRYPTED";
  }
  if (!looksLikeText(buffer)) return "NOT_XLSX";
  if ([".csv", ".tsv", ".txt"].includes(extname(path).toLowerCase())) return "CSV_FILE";
  return /^(\uFEFF)?\s*</.test(buffer.subarray(0, 1024).toString("utf8")) ? "HTML_FILE" : "TEXT_FILE";
}

/** A zip that is not an .xlsx: an OpenDocument spreadsheet, or any other zip. */
export function zipKind(zip: ZipReader): XlsxErrorCode | undefined {
  if (zip.find("xl/workbook.xml")) return undefined;
  const mimetype = zip.find("mimetype");
  const ods = "application/vnd.oasis.opendocument.spreadsheet";
  if (mimetype && mimetype.size <= 100 && zip.unpack(mimetype).toString("latin1").startsWith(ods))
    return "ODS_FILE";
  return "NOT_XLSX";
}
