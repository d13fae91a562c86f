import { CLUSTER, SETTING, TAB } from "../contract/workbook";
import { formatCivil } from "../dates/civil";
import type { CivilDate } from "../dates/civil-date";
import type { Cluster } from "../plan/types";
import type { AdminNotice, ClusterNotice, Lead, Letter } from "./notices";

/** What every mail of the day shares. */
export interface MailContext {
  readonly today: CivilDate;
  readonly organisation: string;
  readonly year: number | null;
  readonly url: string;
  readonly days: readonly number[];
  /** `Chỉ xét đăng ký đúng hạn`: a unit that misses the deadline is not considered for awards. */
  readonly onTimeOnly: boolean;
}

/** A letter as a mail: subject, plain-text body, and a few words for `Nhật ký`. */
export interface ComposedMail {
  readonly subject: string;
  readonly body: string;
  readonly summary: string;
}

/** Names listed in full up to this many; the rest are counted. */
const MAX_LISTED = 40;

/** The reminder days as the office writes them, farthest first: "7, 3, 1". */
export const daysList = (days: readonly number[]): string => [...days].sort((a, b) => b - a).join(", ");

/** "còn 3 ngày", or "hôm nay là hạn cuối" on the deadline day. */
export const daysLeftText = (n: number): string => (n === 0 ? "hôm nay là hạn cuối" : `còn ${n} ngày`);
const leadText = (l: Lead): string => `${formatCivil(l.deadline)} (${daysLeftText(l.daysLeft)})`;
/** "Cụm 3 (Cụm thi đua số 3 – …)", or "Cụm 3" when the cluster has no name. */
const clusterLabel = (c: Cluster): string => (c.name ? `Cụm ${c.id} (${c.name})` : `Cụm ${c.id}`);

function bullets(names: readonly string[]): string[] {
  const shown = names.slice(0, MAX_LISTED).map((n) => `    • ${n}`);
  if (names.length > MAX_LISTED) shown.push(`    • … và ${names.length - MAX_LISTED} mục khác`);
  return shown;
}

/** The lines about one cluster: what it owes and by when. */
function clusterLines(n: ClusterNotice, onTimeOnly: boolean): string[] {
  const lines = [`■ ${clusterLabel(n.cluster).toUpperCase()}`];
  const r = n.registration;
  if (r) {
    lines.push(`Hạn đăng ký thi đua và nộp hồ sơ cụm: ${leadText(r)}.`);
    if (r.unregistered.length > 0) {
      lines.push(`- ${r.unregistered.length} đơn vị chưa đăng ký thi đua:`, ...bullets(r.unregistered));
      if (onTimeOnly) {
        lines.push("  Theo kế hoạch, đơn vị không đăng ký đúng hạn sẽ không được xét khen thưởng cuối năm.");
      }
    }
    if (r.missingDocuments.length > 0) {
      lines.push(`- Hồ sơ cụm còn thiếu (trang '${TAB.dossier}'):`, ...bullets(r.missingDocuments));
    }
  }
  const s = n.scoring;
  if (s) {
    const task = s.task.no
      ? `nhiệm vụ số ${s.task.no} của trang '${TAB.timeline}'`
      : `trang '${TAB.timeline}'`;
    lines.push(`Hạn chấm điểm thi đua (${task}): ${leadText(s)}.`);
    lines.push(
      `- ${s.unscored.length} đơn vị còn tiêu chí chưa có điểm (trang '${s.sheet}'):`,
      ...bullets(s.unscored.map((u) => `${u.unit}: ${u.criteria} tiêu chí`)),
    );
  }
  return lines;
}

function adminLines(a: AdminNotice): string[] {
  const lines = [`■ TIẾN ĐỘ KẾ HOẠCH (trang '${TAB.timeline}')`];
  if (a.overdue.length > 0)
    lines.push(`Quá hạn (${a.overdue.length}):`, ...bullets(a.overdue.map((f) => f.message)));
  if (a.dueSoon.length > 0)
    lines.push(`Sắp đến hạn (${a.dueSoon.length}):`, ...bullets(a.dueSoon.map((f) => f.message)));
  if (a.overdue.length + a.dueSoon.length === 0) lines.push("Không có nhiệm vụ quá hạn hay sắp đến hạn.");
  if (a.clusters.length > 0) {
    const unmailed = ` (chưa có '${CLUSTER.headEmails}': cụm không nhận thư nhắc)`;
    lines.push("Các cụm đến hạn còn việc:");
    lines.push(
      ...bullets(
        a.clusters.map(
          (c) => `Cụm ${c.cluster.id}: ${owed(c)}${c.cluster.headEmails.length > 0 ? "" : unmailed}`,
        ),
      ),
    );
  }
  if (a.unprepared.length > 0) {
    lines.push("Các cụm chưa có trang điểm (chạy 'Chuẩn bị bảng chấm điểm'):");
    lines.push(...bullets(a.unprepared.map((c) => clusterLabel(c))));
  }
  return lines;
}

/** "2 đơn vị chưa đăng ký, thiếu 1 hồ sơ, 3 đơn vị chưa đủ điểm". */
function owed(n: ClusterNotice): string {
  const parts: string[] = [];
  if (n.registration?.unregistered.length)
    parts.push(`${n.registration.unregistered.length} đơn vị chưa đăng ký`);
  if (n.registration?.missingDocuments.length)
    parts.push(`thiếu ${n.registration.missingDocuments.length} hồ sơ`);
  if (n.scoring) parts.push(`${n.scoring.unscored.length} đơn vị chưa đủ điểm`);
  return parts.join(", ");
}

/** The mail of one letter, in Vietnamese, dates dd/mm/yyyy. */
export function composeMail(letter: Letter, ctx: MailContext): ComposedMail {
  const roles: string[] = [];
  if (letter.clusters.length > 0)
    roles.push(`cụm trưởng ${letter.clusters.map((c) => `Cụm ${c.cluster.id}`).join(", ")}`);
  if (letter.admin) roles.push("quản trị bảng tính thi đua");
  const whose = [ctx.organisation, ctx.year ? `năm ${ctx.year}` : ""].filter((s) => s !== "").join(", ");
  const sections = [
    ...letter.clusters.map((c) => clusterLines(c, ctx.onTimeOnly)),
    ...(letter.admin ? [adminLines(letter.admin)] : []),
  ];
  const where = [
    letter.clusters.length > 0 ? `'${CLUSTER.headEmails}' (trang '${TAB.clusters}')` : "",
    letter.admin ? `'${SETTING.adminEmails}' (trang '${TAB.config}')` : "",
  ].filter((s) => s !== "");
  const body = [
    `Kính gửi: ${roles.join("; ")}.`,
    "",
    `Bảng tính đăng ký thi đua${whose ? ` (${whose})` : ""} còn các việc sau, tính đến ngày ${formatCivil(ctx.today)}:`,
    ...sections.flatMap((s) => ["", ...s]),
    "",
    `Mở bảng tính: ${ctx.url}`,
    "",
    "--",
    `Thư gửi tự động vào các ngày còn ${daysList(ctx.days)} ngày trước hạn (mục '${SETTING.reminderDays}', ` +
      `trang '${TAB.config}'); mỗi người nhận nhiều nhất một thư mỗi ngày. Địa chỉ của bạn có trong mục ` +
      `${where.join(" và ")} của bảng tính.`,
  ].join("\n");
  const subject = `Nhắc việc thi đua – khen thưởng: hạn ${leadText(letter.nearest)}`;
  const summary = [
    ...letter.clusters.map((c) => `Cụm ${c.cluster.id} (${owed(c)})`),
    ...(letter.admin
      ? [`tiến độ (${letter.admin.overdue.length} quá hạn, ${letter.admin.dueSoon.length} sắp đến hạn)`]
      : []),
  ].join(", ");
  return { subject, body, summary };
}
