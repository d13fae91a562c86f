import { CLUSTER, SETTING, TAB } from "../contract/workbook";
import { MENU, type MenuEntry, menuItems, REGISTER } from "../menu/menu";
import { Refusal } from "../use-cases/action";
import type { Role } from "./roles";

/**
 * What a public function needs: `admin` (Phòng Nội vụ), or `member` (an admin, or a cluster
 * head, who then works on their own clusters only).
 */
export type Need = "admin" | "member";

/** A public function of the add-on (a menu item or a `google.script.run` function) and who may call it. */
export interface Guarded {
  /** The top-level function's name. */
  readonly run: string;
  /** What the user knows it by (the menu caption, or the form it serves). */
  readonly caption: string;
  readonly who: Need;
}

const sidebar = (run: string): Guarded => ({ run, caption: REGISTER.caption, who: "member" });

/** The registration form's `google.script.run` functions: a head's calls are limited to their clusters. */
export const SIDEBAR_FUNCTIONS: readonly Guarded[] = [
  sidebar("getRegistrationContext"),
  sidebar("getUnitRegistrations"),
  sidebar("submitRegistrations"),
  sidebar("updateRegistration"),
  sidebar("withdrawRegistration"),
  sidebar("recordResult"),
];

/**
 * Functions Sheets calls itself, with no check of their own: `onOpen`/`onInstall` only add the
 * menu; `onEdit` (a simple trigger, where Google gives no e-mail to most accounts) checks the
 * edited rows, and the tabs' protections (`Phân quyền`) decide who may edit them at all;
 * `sendReminders` (the daily time-driven trigger) checks its own runner: the admin whose trigger
 * is the one `Bật nhắc việc` installed, else it sends nothing and retires.
 */
export const TRIGGERS: readonly string[] = ["onOpen", "onInstall", "onEdit", "sendReminders"];

/**
 * The access table: every public function but the triggers, with what it needs. A function
 * added to `src/server/index.ts` must be a menu item (with its `who`) or be listed here, and
 * check its caller through `refusalFor` first (the server's `perform` and `sidebarCall` do);
 * names ending in `_` are private to the server (Apps Script lets no user call them).
 */
export function accessTable(menu: readonly MenuEntry[] = MENU): Guarded[] {
  return [...menuItems(menu), ...SIDEBAR_FUNCTIONS];
}

const ADMIN_SETTING = `mục '${SETTING.adminEmails}' (trang '${TAB.config}')`;
const HEAD_COLUMN = `cột '${CLUSTER.headEmails}' (trang '${TAB.clusters}')`;

/** The refusal of a caller whose e-mail Google does not reveal: the add-on cannot tell who they are. */
export const unknownCaller = (caption: string): Refusal =>
  new Refusal(
    "UNKNOWN_USER",
    "Google không cho biết địa chỉ e-mail của tài khoản bạn đang dùng (thường gặp khi tài khoản không cùng " +
      `tổ chức với chủ bảng tính), nên tiện ích không biết bạn là ai và không chạy '${caption}'. ` +
      `Hãy mở bảng tính bằng tài khoản có e-mail ghi trong ${ADMIN_SETTING} hoặc ${HEAD_COLUMN}.`,
  );

/**
 * Why this role may not run what needs `need`, as a Vietnamese refusal naming the account (or
 * saying Google did not reveal it); null when it may.
 */
export function refusalFor(role: Role, need: Need, caption: string): Refusal | null {
  if (role.kind === "admin" || (need === "member" && role.kind === "head")) return null;
  const action = `'${caption}'`;
  if (role.user === "") return unknownCaller(caption);
  if (role.kind === "head") {
    const own = menuItems()
      .filter((m) => m.who === "member")
      .map((m) => `'${m.caption}'`)
      .join(" và ");
    const ids = role.clusters.map((c) => c.id).join(", ");
    return new Refusal(
      "ADMIN_ONLY",
      `Chỉ cán bộ Phòng Nội vụ có tên trong ${ADMIN_SETTING} mới được chạy ${action}. ` +
        `Tài khoản ${role.user} là cụm trưởng cụm ${ids}: bạn dùng được ${own} cho cụm của mình.`,
    );
  }
  if (need === "member") {
    return new Refusal(
      "NOT_ALLOWED",
      `Tài khoản ${role.user} không có tên trong ${ADMIN_SETTING} hay ${HEAD_COLUMN}, nên không được chạy ${action}. ` +
        "Hãy nhờ Phòng Nội vụ thêm e-mail của bạn vào cụm bạn phụ trách.",
    );
  }
  if (role.noAdmins) {
    return new Refusal(
      "OWNER_ONLY",
      `${ADMIN_SETTING[0]?.toUpperCase()}${ADMIN_SETTING.slice(1)} chưa có địa chỉ e-mail hợp lệ nào, nên chỉ chủ sở hữu ` +
        `bảng tính mới được chạy ${action}. Tài khoản của bạn: ${role.user}. ` +
        "Hãy nhờ chủ sở hữu ghi e-mail của cán bộ Phòng Nội vụ vào mục đó.",
    );
  }
  return new Refusal(
    "ADMIN_ONLY",
    `Chỉ cán bộ Phòng Nội vụ có tên trong ${ADMIN_SETTING} mới được chạy ${action}. Tài khoản của bạn: ${role.user}.`,
  );
}
