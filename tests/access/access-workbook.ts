/**
 * The sidebar's workbook (clean 2020 data; `noivu@example.com` admin, heads of clusters 3 and 4)
 * with its score tabs prepared, and helpers to run every public function as someone and tell
 * the access policy's refusals apart from anything else a function may answer.
 */
import { readFileSync } from "node:fs";
import { SETTING } from "../../src/core/contract/workbook";
import { BUNDLE, type Workbook } from "../../tools/fixtures/clean-workbook";
import { typeInto } from "../../tools/gas-sandbox";
import { ADMIN, actAs, dump, run, sidebarWorkbook } from "../sidebar/sidebar-workbook";

export { ADMIN, HEAD3, HEAD4, UNIT3, UNIT4 } from "../sidebar/sidebar-workbook";
export { actAs, dump, run };
export const OWNER = "owner@example.com";
export const STRANGER = "ai.do@example.com";

/** The workbook with `Điểm Cụm N` prepared (by the admin), now in the hands of `user`. */
export function accessWorkbook(user: string, admins: string | null = ADMIN): Workbook {
  const wb = sidebarWorkbook(ADMIN);
  wb.sb.call("prepareScoreSheets");
  if (admins !== ADMIN) wb.setSetting(SETTING.adminEmails, admins);
  wb.sb.services.ui.alerts.length = 0;
  wb.sb.services.ui.dialogs.length = 0;
  actAs(wb, user);
  return wb;
}

/** What the access policy answered: `ok` when it let the caller through. */
export type Access = "ok" | "UNKNOWN_USER" | "NOT_ALLOWED" | "ADMIN_ONLY" | "OWNER_ONLY" | "NOT_YOUR_CLUSTER";

/** The access code of a menu alert's text (the refusals' wording), `ok` for any other answer. */
function accessOfAlert(text: string): Access {
  if (text.includes("Google không cho biết địa chỉ e-mail")) return "UNKNOWN_USER";
  if (text.includes("chỉ chủ sở hữu bảng tính mới được")) return "OWNER_ONLY";
  if (text.includes("Chỉ cán bộ Phòng Nội vụ")) return "ADMIN_ONLY";
  if (text.includes("không có tên trong mục 'Email quản trị'")) return "NOT_ALLOWED";
  return "ok";
}

/** Runs a menu function as the current user: its alert's access code (a form that opens is `ok`). */
export function runMenu(wb: Workbook, fn: string): { access: Access; alert: string } {
  const { ui } = wb.sb.services;
  const [alerts, dialogs] = [ui.alerts.length, ui.dialogs.length];
  wb.sb.call(fn);
  const alert = ui.alerts.slice(alerts).at(-1)?.prompt ?? "";
  if (ui.dialogs.length > dialogs) return { access: "ok", alert };
  return { access: alert ? accessOfAlert(alert) : "ok", alert };
}

const ACCESS_CODES = new Set(["UNKNOWN_USER", "NOT_ALLOWED", "NOT_YOUR_CLUSTER"]);

/** Runs a `google.script.run` function: its access code (a failure for another reason is `ok`). */
export function runForm(wb: Workbook, fn: string, payload?: unknown): Access {
  const result = run<{ ok: boolean; code?: string }>(wb, fn, payload);
  return !result.ok && ACCESS_CODES.has(result.code ?? "") ? (result.code as Access) : "ok";
}

/** The top-level functions of the built bundle: what menus, triggers and google.script.run can call. */
export function bundleFunctions(): string[] {
  const code = readFileSync(BUNDLE, "utf8");
  return [...code.matchAll(/^function ([A-Za-z0-9_$]+)\(/gm)].map((m) => m[1] as string).sort();
}

/** A tab's sheet protection as the sandbox holds it, read without recording calls. */
export interface SheetProtection {
  readonly editors: string[];
  readonly warningOnly: boolean;
  readonly domainEdit: boolean;
  readonly description: string;
}

/** Every sheet protection by tab name. */
export function protections(wb: Workbook): Record<string, SheetProtection> {
  return wb.untracked(() =>
    Object.fromEntries(
      wb.ss.getProtections("SHEET" as never).map((p) => [
        p.getRange().getSheet().getName(),
        {
          editors: p
            .getEditors()
            .map((u) => u.getEmail())
            .sort(),
          warningOnly: p.isWarningOnly(),
          domainEdit: p.canDomainEdit(),
          description: p.getDescription(),
        },
      ]),
    ),
  );
}

/** Types into a cell of a tab as the user at the keyboard, then runs onEdit: the protected-cell error, or null. */
export function typeAs(wb: Workbook, tab: string, row: number, column: number, text: string): string | null {
  try {
    const event = typeIntoCell(wb, tab, row, column, text);
    wb.sb.call("onEdit", event);
    return null;
  } catch (e) {
    return String(e);
  }
}

function typeIntoCell(wb: Workbook, tab: string, row: number, column: number, text: string) {
  return typeInto(wb.sheet(tab).getRange(row, column), text);
}
