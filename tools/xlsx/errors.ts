import { basename } from "node:path";

/** Why a file cannot be used as a workbook. */
export type XlsxErrorCode =
  | "NOT_FOUND"
  | "DIRECTORY"
  | "UNREADABLE"
  | "EMPTY"
  | "TOO_LARGE"
  | "NOT_XLSX"
  | "TEXT_FILE"
  | "CSV_FILE"
  | "HTML_FILE"
  | "XLS_FILE"
  | "ODS_FILE"
  | "PASSWORD"
  | "ENCRYPTED"
  | "CORRUPT"
  | "ZIP_BOMB"
  | "NO_SHEETS"
  | "TOO_MANY_CELLS"
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
    DIRECTORY: `${name} là một thư mục, không phải tệp. Hãy ghi đường dẫn tới tệp .xlsx cần kiểm tra.`,
    UNREADABLE: `Không đọc được tệp ${name}${detail ? ` (${detail})` : ""}.`,
    EMPTY: `Tệp ${name} rỗng (0 byte), không phải tệp Excel (.xlsx) hợp lệ.`,
    TOO_LARGE: `Tệp ${name} quá lớn (${detail}) nên không được mở. Bảng tính đăng ký thi đua thường chỉ vài MB: hãy xóa các trang, hình ảnh hoặc hàng thừa rồi lưu lại.`,
    NOT_XLSX: `Tệp ${name} không phải tệp Excel (.xlsx) hợp lệ. ${fix}`,
    TEXT_FILE: `Tệp ${name} không phải tệp Excel (.xlsx) hợp lệ: đây là tệp văn bản (có thể là CSV đổi đuôi thành .xlsx). ${fix}`,
    CSV_FILE: `Tệp ${name} là tệp CSV: chỉ có chữ của một trang, không có các trang khác của bảng tính nên không kiểm tra được. Nếu tải từ Google Trang tính, hãy tải cả bảng tính: Tệp › Tải xuống › Microsoft Excel (.xlsx). Nếu không, hãy mở tệp bằng Excel hoặc Google Trang tính rồi lưu lại dưới dạng Excel (.xlsx).`,
    HTML_FILE: `Tệp ${name} là trang web (HTML/XML) mang đuôi của Excel, không phải tệp Excel (.xlsx) thật. ${fix}`,
    XLS_FILE: `Tệp ${name} là tệp Excel 97–2003 (.xls), định dạng cũ không đọc được ở đây. Hãy mở bằng Excel và chọn Lưu thành › Sổ làm việc Excel (.xlsx), hoặc tải lên Google Trang tính rồi tải xuống dạng Microsoft Excel (.xlsx).`,
    ODS_FILE: `Tệp ${name} là bảng tính OpenDocument (.ods, của LibreOffice), không phải tệp Excel (.xlsx). Hãy mở bằng LibreOffice Calc, Excel hoặc Google Trang tính rồi lưu lại dưới dạng Excel (.xlsx).`,
    PASSWORD: `Tệp ${name} được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi lưu lại.`,
    ENCRYPTED: `Tệp ${name} được đặt mật khẩu hoặc là tệp Excel 97–2003 (.xls), nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng Excel (.xlsx).`,
    CORRUPT: `Tệp ${name} bị hỏng hoặc không phải tệp Excel (.xlsx) hợp lệ. ${fix}`,
    ZIP_BOMB: `Tệp ${name} không được mở: nội dung nén lớn bất thường (${detail}). Tệp có thể bị hỏng hoặc được tạo ra để làm treo máy. Nếu đây là bảng tính thật, hãy mở bằng Excel hoặc Google Trang tính, xóa các hàng, cột thừa rồi lưu lại dưới dạng Excel (.xlsx).`,
    NO_SHEETS: `Tệp ${name} không có trang tính nào.`,
    TOO_MANY_CELLS: `Tệp ${name} có vùng dữ liệu quá lớn: ${detail}. Thường là do một ô lạc nằm xa phía dưới hoặc bên phải dữ liệu: hãy xóa các hàng, cột trống thừa ở cuối trang rồi lưu lại.`,
    WRITE_FAILED: `Không ghi được tệp ${name}${detail ? ` (${detail})` : ""}. Tệp cũ vẫn được giữ nguyên.`,
  };

  return new XlsxFileError(code, messages[code], path);
}
