import { appendLog } from "../../adapter/append-log";
import { applySetup } from "../../adapter/apply-setup";
import { readSnapshot } from "../../adapter/read-snapshot";
import { activeUserEmail, documentProperties, spreadsheet, withDocumentLock } from "../../adapter/services";
import { emailList, isAdmin } from "../../core/access";
import { SETTING } from "../../core/contract/workbook";
import { readSetting } from "../../core/settings";
import { describeSetup } from "../../core/setup/describe-setup";
import { planSetup } from "../../core/setup/plan-setup";
import { SETUP_TEMPLATE } from "../../core/template/setup-template";
import { runMenuAction, UserError } from "../run-action";

const SEEDED_KEY = "setup.seededTabs";
const TITLE = "Khởi tạo / cập nhật bảng tính";

/** Menu: create or complete the year's workbook. Only appends; reports what it added. */
export function setupWorkbook(): void {
  runMenuAction(TITLE, () => setupWorkbook_().join("\n"));
}

/** The setup itself, without UI: returns the Vietnamese report lines. */
export function setupWorkbook_(): string[] {
  const ss = spreadsheet();
  const user = activeUserEmail();
  const result = withDocumentLock(30_000, () => {
    const snapshot = readSnapshot(ss);
    if (!isAdmin(user, emailList(readSetting(snapshot, SETTING.adminEmails)))) {
      throw new UserError(
        "NO_PERMISSION",
        "Chỉ cán bộ Phòng Nội vụ có tên trong mục 'Email quản trị' (trang Cấu hình) mới được khởi tạo bảng tính." +
          (user ? ` Tài khoản của bạn: ${user}.` : " Google không cho biết địa chỉ e-mail của bạn."),
      );
    }
    const props = documentProperties();
    const seeded = new Set<string>(parseList(props.getProperty(SEEDED_KEY)));
    const plan = planSetup(snapshot, SETUP_TEMPLATE, seeded);
    applySetup(ss, plan, snapshot);
    props.setProperty(SEEDED_KEY, JSON.stringify(plan.seeded));
    const lines = describeSetup(plan);
    appendLog(ss, { user, action: TITLE, detail: lines.join(" ") });
    return lines;
  });
  if (!result.ok) {
    throw new UserError(
      "LOCK_TIMEOUT",
      "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.",
    );
  }
  return result.value;
}

function parseList(json: string | null): string[] {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
