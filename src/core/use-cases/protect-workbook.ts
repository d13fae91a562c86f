import type { Roster } from "../access/roles";
import { CLUSTER, SETTING } from "../contract/workbook";
import { formatDateTime } from "../dates";
import { PROTECT } from "../menu/menu";
import { parsePlan } from "../plan/parse-plan";
import { protectionChanges, type TabChange, type TabProtectionState } from "../protection/changes";
import { PROTECTION_REPORT, type ProtectionPeople, protectionReport } from "../protection/report";
import { wantedProtections } from "../protection/wanted";
import type { ActionInput, Outcome } from "./action";
import type { WriteOp } from "./write-plan";

/** What `Phân quyền` reads besides the setup tabs: every tab's sheet protection, the owner and the spreadsheet's editors. */
export interface ProtectionInput {
  readonly tabs: readonly TabProtectionState[];
  readonly owner: string;
  readonly sharedWith: readonly string[];
}

/**
 * `Phân quyền` (admin): protects each tab as the plan says (`wantedProtections`), changing only
 * the add-on's own protections and only what differs (a rerun with nothing changed writes no
 * protection); rebuilds `BC Phân quyền` (itself an admin tab) first, so it is protected in the
 * same run. Returns the Vietnamese summary: who gained or lost access where.
 */
export function protectWorkbook(input: ActionInput & ProtectionInput): Outcome<string> {
  const { index } = parsePlan(input.snapshot, input.now);
  const plan = index.plan;
  const names = input.tabs.map((t) => t.tab);
  if (!names.includes(PROTECTION_REPORT)) names.push(PROTECTION_REPORT);
  const changes = protectionChanges(wantedProtections(plan, names), input.tabs, [input.owner, input.user]);
  const people: ProtectionPeople = { user: input.user, owner: input.owner, sharedWith: input.sharedWith };
  const report = protectionReport(names, changes, plan, people, formatDateTime(input.now));
  const message = summary(changes, plan);
  const writes: WriteOp[] = [
    { kind: "report", report },
    ...changes.flatMap((c) => (c.op ? [c.op] : [])),
    { kind: "log", action: PROTECT.caption, detail: message.replace(/\n/g, " ") },
  ];
  return { result: message, writes };
}

const list = (tabs: readonly string[]): string => tabs.map((t) => `'${t}'`).join(", ");

function summary(changes: readonly TabChange[], plan: Roster): string {
  const of = (status: TabChange["status"]) =>
    changes.filter((c) => c.status === status).map((c) => c.wanted.tab);
  const lines: string[] = [];
  const created = of("created");
  const updated = of("updated");
  if (created.length > 0) lines.push(`Đã bảo vệ ${created.length} trang: ${list(created)}.`);
  if (updated.length > 0) lines.push(`Đã cập nhật bảo vệ của ${updated.length} trang: ${list(updated)}.`);
  if (created.length + updated.length === 0)
    lines.push("Các trang đã được bảo vệ đúng như thiết lập: không có gì thay đổi.");
  for (const c of changes) {
    if (c.added.length > 0) lines.push(`• '${c.wanted.tab}': thêm quyền sửa cho ${c.added.join(", ")}.`);
    if (c.removed.length > 0) lines.push(`• '${c.wanted.tab}': bỏ quyền sửa của ${c.removed.join(", ")}.`);
  }
  const office = of("office");
  if (office.length > 0)
    lines.push(`Giữ nguyên bảo vệ riêng do văn phòng đặt ở ${office.length} trang: ${list(office)}.`);
  if (plan.admins.length === 0)
    lines.push(
      `Mục '${SETTING.adminEmails}' chưa có e-mail hợp lệ: các trang của Phòng Nội vụ hiện chỉ chủ sở hữu bảng tính sửa được.`,
    );
  const headless = plan.clusters.filter((c) => c.headEmails.length === 0).map((c) => c.id);
  if (headless.length > 0)
    lines.push(
      `Cụm ${headless.join(", ")} chưa có '${CLUSTER.headEmails}': trang của các cụm này chỉ Phòng Nội vụ sửa được.`,
    );
  lines.push(`Danh sách ai sửa được trang nào ở trang '${PROTECTION_REPORT}'.`);
  return lines.join("\n");
}
