import { appendLog } from "../../adapter/append-log";
import { applySetup } from "../../adapter/apply-setup";
import { readSnapshot } from "../../adapter/read-snapshot";
import { readSeededTabs, saveSeededTabs } from "../../adapter/seeded-tabs";
import { activeUserEmail, spreadsheet } from "../../adapter/services";
import { describeSetup } from "../../core/setup/describe-setup";
import { planSetup } from "../../core/setup/plan-setup";
import { SETUP_TEMPLATE } from "../../core/template/setup-template";
import { requireAdmin, runMenuAction, underLock } from "../run-action";

const TITLE = "Khởi tạo / cập nhật bảng tính";

/** Menu: create or complete the year's workbook. Only appends; reports what it added. */
export function setupWorkbook(): void {
  runMenuAction(TITLE, () => setupWorkbook_().join("\n"));
}

/** The setup itself, without UI: returns the Vietnamese report lines. */
export function setupWorkbook_(): string[] {
  const ss = spreadsheet();
  const user = activeUserEmail();
  return underLock(() => {
    const snapshot = readSnapshot(ss);
    requireAdmin(snapshot, user, "khởi tạo bảng tính");
    const plan = planSetup(snapshot, SETUP_TEMPLATE, readSeededTabs());
    applySetup(ss, plan, snapshot);
    saveSeededTabs(plan.seeded);
    const lines = describeSetup(plan);
    appendLog(ss, { user, action: TITLE, detail: lines.join(" ") });
    return lines;
  });
}
