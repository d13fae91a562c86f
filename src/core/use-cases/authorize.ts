import { emailList } from "../access/emails";
import { SETTING } from "../contract/workbook";
import { readSetting } from "../settings";
import type { Snapshot } from "../table";
import { Refusal } from "./action";

/** An admin, or anyone while no admin is configured yet (a new workbook); never an unknown user (''). */
function isAdmin(email: string, admins: readonly string[]): boolean {
  if (admins.length === 0) return true;
  return email !== "" && admins.includes(email.toLowerCase());
}

/** Refuses a user who is not in `Email quản trị` (anyone may, while the list is empty). */
export function requireAdmin(snapshot: Snapshot, user: string, what: string): void {
  if (isAdmin(user, emailList(readSetting(snapshot, SETTING.adminEmails)))) return;
  throw new Refusal(
    "NO_PERMISSION",
    `Chỉ cán bộ Phòng Nội vụ có tên trong mục '${SETTING.adminEmails}' (trang Cấu hình) mới được ${what}.` +
      (user ? ` Tài khoản của bạn: ${user}.` : " Google không cho biết địa chỉ e-mail của bạn."),
  );
}
