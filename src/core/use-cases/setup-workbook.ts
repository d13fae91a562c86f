import { CLUSTER, SETTING } from "../contract/workbook";
import { isPlanTimeZone, PLAN_TIME_ZONE } from "../dates";
import { MENU_TITLE, PROTECT, SETUP } from "../menu/menu";
import { describeSetup, NOTHING_TO_ADD } from "../setup/describe-setup";
import { planSetup } from "../setup/plan-setup";
import { SETUP_TEMPLATE } from "../template/setup-template";
import { quote } from "../text/quote";
import type { ActionInput, Outcome } from "./action";

/** Document property remembering which tabs setup already seeded with template rows. */
export const SEEDED_TABS_KEY = "setup.seededTabs";

/** The tabs setup already seeded, from the property's JSON; an unreadable value counts as none. */
function seededTabs(json: string | null): Set<string> {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

/** The last line of setup's alert: it offers `Phân quyền`, which setup never runs by itself. */
const OFFER_PROTECT =
  `Tiếp theo: khi đã ghi '${SETTING.adminEmails}' và '${CLUSTER.headEmails}', hãy chạy '${PROTECT.caption}' ` +
  `(menu ${MENU_TITLE}) để chỉ cụm trưởng và Phòng Nội vụ sửa được các trang của mình; chạy lại mỗi khi đổi e-mail.`;

/**
 * `Khởi tạo / cập nhật bảng tính` (admin): creates or completes the year's workbook. Only
 * appends (tabs, columns at the end, template rows not seeded before), and sets the
 * spreadsheet's time zone to the plan's when it differs; reports what it did, then offers
 * `Phân quyền` (the protections are a separate, explicit admin action).
 */
export function setupWorkbook(input: ActionInput & { readonly seeded: string | null }): Outcome<string[]> {
  const plan = planSetup(input.snapshot, SETUP_TEMPLATE, seededTabs(input.seeded));
  const rezone = !isPlanTimeZone(input.timeZone);
  const described = describeSetup(plan);
  const lines = rezone
    ? [
        `Đã đặt múi giờ của bảng tính là ${PLAN_TIME_ZONE} (GMT+7) thay cho ${quote(input.timeZone)}; các ngày đã nhập giữ nguyên như đang hiển thị.`,
        ...described.filter((l) => !l.startsWith(NOTHING_TO_ADD)),
      ]
    : described;
  return {
    result: [...lines, OFFER_PROTECT],
    writes: [
      // First: the template's dates are then written in the plan's zone.
      ...(rezone ? [{ kind: "timeZone", zone: PLAN_TIME_ZONE } as const] : []),
      { kind: "setup", plan },
      { kind: "property", key: SEEDED_TABS_KEY, value: JSON.stringify(plan.seeded) },
      { kind: "log", action: SETUP.caption, detail: lines.join(" ") },
    ],
  };
}
