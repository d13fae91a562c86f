/**
 * The clean 2020 workbook set up for the e-mail reminders (`Nhắc việc trước (ngày)` = 7, 3, 1
 * from the template), the clock on 14/02/2020, two weeks before the deadline of 28/02/2020:
 *
 * - cluster 1 (head HEAD1): one unit not registered (UNIT1);
 * - cluster 2 (heads HEAD2A, HEAD2B): the covenant missing from its dossier;
 * - cluster 3 (head HEAD3): every unit registered, dossier complete;
 * - cluster 4 (head: the admin): one unit not registered (UNIT4);
 * - cluster 5 (head HEAD5): its own deadline 05/03/2020, one unit not registered (UNIT5);
 * - `Tiến độ`: tasks 6 (28/02/2020) and 8 (05/03/2020) not done; every other task due before
 *   23/03/2020 done (the clean workbook's timeline).
 */
import {
  CLUSTER,
  clusterTabName,
  DOSSIER,
  REG,
  SETTING,
  SUBJECT,
  TAB,
  TASK,
} from "../../src/core/contract/workbook";
import {
  cleanRegistrations,
  cleanWorkbook,
  ON_TIME,
  TITLES,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";

export const ADMIN = "noivu@sontay.example.vn";
export const HEAD1 = "cumtruong1@sontay.example.vn";
export const HEAD2A = "cumtruong2@sontay.example.vn";
export const HEAD2B = "phocumtruong2@sontay.example.vn";
export const HEAD3 = "cumtruong3@sontay.example.vn";
export const HEAD5 = "cumtruong5@sontay.example.vn";

const firstUnitOf = (cluster: string): string => UNITS.find((u) => u.cluster === cluster)?.name ?? "";
export const UNIT1 = firstUnitOf("1");
export const UNIT4 = firstUnitOf("4");
export const UNIT5 = firstUnitOf("5");

/** 07:00 on a day of 2020, Asia/Ho_Chi_Minh (`"21/02"`). */
export const at = (ddmm: string, time = "07:00"): Date => {
  const [d, m] = ddmm.split("/");
  return new Date(`2020-${m}-${d}T${time}:00+07:00`);
};

export function remindersWorkbook(): Workbook {
  const registrations = cleanRegistrations();
  for (const [id, rows] of registrations) {
    registrations.set(
      id,
      rows.filter((r) => ![UNIT1, UNIT4, UNIT5].includes(String(r[REG.unit]))),
    );
  }
  const wb = cleanWorkbook({ registrations });
  wb.setSetting(SETTING.adminEmails, ADMIN);
  const heads: Record<string, string> = {
    "1": HEAD1,
    "2": `${HEAD2A}, ${HEAD2B}`,
    "3": HEAD3,
    "4": ADMIN,
    "5": HEAD5,
  };
  for (const [id, emails] of Object.entries(heads)) {
    wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, id), CLUSTER.headEmails, emails);
  }
  wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, "5"), CLUSTER.deadline, "05/03/2020");
  wb.set(TAB.dossier, wb.findRow(TAB.dossier, DOSSIER.cluster, "2"), DOSSIER.covenant, null);
  for (const no of ["6", "8"]) wb.set(TAB.timeline, wb.findRow(TAB.timeline, TASK.no, no), TASK.done, null);
  wb.sb.setNow(new Date("2020-02-14T09:00:00+07:00"));
  actAs(wb, ADMIN);
  return wb;
}

/** Who is at the keyboard (and what Session reports). */
export function actAs(wb: Workbook, email: string): void {
  wb.sb.services.env.user = email;
  wb.sb.services.env.reportedEmail = email;
}

/** Runs a menu function as the current user and returns its alert text. */
export function menu(wb: Workbook, fn: string): string {
  wb.sb.call(fn);
  return wb.sb.services.ui.alerts.at(-1)?.prompt ?? "";
}

/** Registers a unit's collective title, as a cluster head would type it. */
export function register(wb: Workbook, cluster: string, unit: string): void {
  wb.append(clusterTabName(cluster), {
    [REG.unit]: unit,
    [REG.subject]: SUBJECT.collective,
    [REG.title]: TITLES.ttldtt,
    [REG.date]: ON_TIME,
  });
}

const ddmm = (d: Date): string => {
  const local = new Date(d.getTime() + 7 * 3_600_000);
  return `${String(local.getUTCDate()).padStart(2, "0")}/${String(local.getUTCMonth() + 1).padStart(2, "0")}`;
};

/** The recipients of the mails sent so far, by day (`dd/mm`), sorted. */
export function recipientsByDay(wb: Workbook): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of wb.sb.services.mail.sent) {
    const day = ddmm(m.time);
    out[day] = [...(out[day] ?? []), ...m.to];
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** The mail sent to `to` on day `dd/mm`. */
export function mailTo(wb: Workbook, to: string, day: string) {
  return wb.sb.services.mail.sent.find((m) => m.to.includes(to) && ddmm(m.time) === day);
}

/** The rows of `Nhật ký` after the header, as [user, action, detail]. */
export function logLines(wb: Workbook): string[][] {
  const values = wb.untracked(() => snapshot(wb.ss))[TAB.log] ?? [];
  return values.slice(1).map((r) => r.slice(1, 4).map(String));
}

/** The current triggers of the reminders' handler, every user's. */
export const reminderTriggers = (wb: Workbook) =>
  wb.sb.services.scriptApp.triggers.filter((t) => t._handler === "sendReminders");
