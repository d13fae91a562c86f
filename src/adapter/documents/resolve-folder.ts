import { SETTING, TAB } from "../../core/contract/workbook";
import { Refusal } from "../../core/use-cases/action";

type Folder = GoogleAppsScript.Drive.Folder;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The Drive folder documents go to: `Thư mục Drive` when set, else the spreadsheet's own folder
 * (My Drive when it has none). A folder that cannot be opened refuses the action, naming the
 * setting, before anything is written.
 */
export function resolveFolder(ss: Spreadsheet, folderId: string | null): Folder {
  if (folderId) {
    try {
      return DriveApp.getFolderById(folderId);
    } catch {
      throw new Refusal(
        "BAD_FOLDER",
        `Không mở được thư mục Drive '${folderId}' ghi ở mục '${SETTING.driveFolder}' (trang ${TAB.config}): ` +
          "thư mục không có hoặc tài khoản của bạn không có quyền. Hãy dán đường dẫn một thư mục bạn được sửa, " +
          "hoặc để trống mục này để lưu vào thư mục chứa bảng tính. Chưa có gì được ghi.",
      );
    }
  }
  try {
    const parents = DriveApp.getFileById(ss.getId()).getParents();
    return parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
  } catch {
    throw new Refusal(
      "NO_FOLDER",
      `Không mở được thư mục chứa bảng tính. Hãy ghi đường dẫn thư mục Drive để lưu văn bản vào mục '${SETTING.driveFolder}' (trang ${TAB.config}). Chưa có gì được ghi.`,
    );
  }
}
