import { ui, withDocumentLock } from "../adapter/services";
import { emailList, isAdmin } from "../core/access";
import { SETTING } from "../core/contract/workbook";
import { readSetting } from "../core/settings";
import type { Snapshot } from "../core/table";

/** An expected failure: its message is Vietnamese and shown as is. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * Runs a menu action: expected failures are shown as their Vietnamese message;
 * anything else as a short Vietnamese notice with the technical detail below.
 */
export function runMenuAction(title: string, action: () => string): void {
  try {
    ui().alert(title, action(), ui().ButtonSet.OK);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const message =
      e instanceof UserError
        ? e.message
        : `Đã xảy ra lỗi ngoài dự kiến, dữ liệu của bạn không bị thay đổi thêm.\nChi tiết kỹ thuật: ${detail}`;
    ui().alert(title, message, ui().ButtonSet.OK);
  }
}

/** Runs `work` under the document lock; a lock timeout is a Vietnamese "try again", with nothing written. */
export function underLock<T>(work: () => T): T {
  const result = withDocumentLock(30_000, work);
  if (!result.ok) {
    throw new UserError(
      "LOCK_TIMEOUT",
      "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.",
    );
  }
  return result.value;
}

/** Refuses a user who is not in `Email quản trị` (anyone may, while the list is empty). */
export function requireAdmin(snapshot: Snapshot, user: string, what: string): void {
  if (isAdmin(user, emailList(readSetting(snapshot, SETTING.adminEmails)))) return;
  throw new UserError(
    "NO_PERMISSION",
    `Chỉ cán bộ Phòng Nội vụ có tên trong mục 'Email quản trị' (trang Cấu hình) mới được ${what}.` +
      (user ? ` Tài khoản của bạn: ${user}.` : " Google không cho biết địa chỉ e-mail của bạn."),
  );
}
