import { basename } from "node:path";

/** Why a file cannot be used as a workbook. */
export type XlsxErrorCode =
  | "NOT_FOUND"
  | "UNREADABLE"
  | "EMPTY"
  | "NOT_XLSX"
  | "TEXT_FILE"
  | "ENCRYPTED"
  | "CORRUPT"
  | "NO_SHEETS"
  | "WRITE_FAILED";

/**
 * An expected failure on a workbook file: a stable code and a Vietnamese message
 * meant to be shown as is (never a stack trace).
 */
export class XlsxFileError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = "XlsxFileError";
  }
}

export function isXlsxFileError(e: unknown): e is XlsxFileError {
  return e instanceof XlsxFileError;
}

/** The Vietnamese message of each failure, naming the file by its base name. */
export function xlsxError(code: XlsxErrorCode, path: string, detail = ""): XlsxFileError {
  const name = `'${basename(path)}'`;
  const fix = "Hãy mở tệp bằng Excel hoặc Google Trang tính và lưu lại dưới dạng Excel (.xlsx).";
  const messages: Record<XlsxErrorCode, string> = {
    NOT_FOUND: `Không tìm thấy tệp ${name}. Hãy kiểm tra lại đường dẫn.`,
    UNREADABLE: `Không đọc được tệp ${name}${detail ? ` (${detail})` : ""}.`,
    EMPTY: `Tệp ${name} rỗng (0 byte), không phải tệp Excel (.xlsx) hợp lệ.`,
    NOT_XLSX: `Tệp ${name} không phải tệp Excel (.xlsx) hợp lệ. ${fix}`,
    TEXT_FILE: `Tệp ${name} không phải tệp Excel (.xlsx) hợp lệ: đây là tệp văn bản (có thể là CSV đổi đuôi thành .xlsx). ${fix}`,
    ENCRYPTED: `Tệp ${name} được đặt mật khẩu hoặc là tệp Excel 97–2003 (.xls), nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng Excel (.xlsx).`,
    CORRUPT: `Tệp ${name} bị hỏng hoặc không phải tệp Excel (.xlsx) hợp lệ. ${fix}`,
    NO_SHEETS: `Tệp ${name} không có trang tính nào.`,
    WRITE_FAILED: `Không ghi được tệp ${name}${detail ? ` (${detail})` : ""}. Tệp cũ vẫn được giữ nguyên.`,
  };
  return new XlsxFileError(code, messages[code], path);
}
