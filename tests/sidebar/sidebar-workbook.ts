/**
 * The clean 2020 workbook set up for the sidebar: cluster 3 and 4 have heads,
 * the office has an admin, the deadline is far ahead (the server stamps the
 * real today), and one unit of cluster 3 has room for a collective title and a
 * CSTĐCS (its collective and CSTĐCS rows are left out).
 */
import { CLUSTER, REG, SETTING, TAB } from "../../src/core/contract/workbook";
import {
  cleanRegistrations,
  cleanWorkbook,
  personName,
  type RegRow,
  TITLES,
  UNITS,
  type Workbook,
} from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";

export const HEAD3 = "head3@example.com";
export const HEAD4 = "head4@example.com";
export const ADMIN = "noivu@example.com";
export const UNIT3 = UNITS.find((u) => u.cluster === "3")!.name;
export const UNIT4 = UNITS.find((u) => u.cluster === "4")!.name;
/** A person of UNIT3 who holds LĐTT in the clean workbook: may register CSTĐCS. */
export const LDTT_HOLDER = personName(UNITS.findIndex((u) => u.name === UNIT3) * 7);

export function sidebarWorkbook(user = HEAD3): Workbook {
  const registrations = cleanRegistrations();
  const rows = registrations.get("3") as RegRow[];
  registrations.set(
    "3",
    rows.filter(
      (r) => !(r[REG.unit] === UNIT3 && (r[REG.title] === TITLES.cstdcs || r[REG.title] === TITLES.ttldtt)),
    ),
  );
  const wb = cleanWorkbook({ registrations });
  wb.setSetting(SETTING.deadline, "31/12/2099");
  wb.setSetting(SETTING.adminEmails, ADMIN);
  wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, "3"), CLUSTER.headEmails, HEAD3);
  wb.set(
    TAB.clusters,
    wb.findRow(TAB.clusters, CLUSTER.id, "4"),
    CLUSTER.headEmails,
    `x@example.com, ${HEAD4}`,
  );
  actAs(wb, user);
  return wb;
}

/** Who is at the keyboard, and what Session.getActiveUser() reports ('' outside the domain). */
export function actAs(wb: Workbook, email: string): void {
  wb.sb.services.env.reportedEmail = email;
  wb.sb.services.env.user = email || "outsider@gmail.com";
}

export const individual = (name: string, title = "LĐTT", initiative = "", position = "Chuyên viên") => ({
  name,
  position,
  title,
  initiative,
});

export const submission = (
  unit: string,
  individuals: ReturnType<typeof individual>[],
  collective: { title: string; initiative: string } | null = null,
  cluster = "3",
) => ({ cluster, unit, collective, individuals });

/** The workbook's values, without recording calls. */
export const dump = (wb: Workbook) => wb.untracked(() => snapshot(wb.ss));

/** Calls a google.script.run function, returning its (plain) result. */
export function run<T = Record<string, unknown>>(wb: Workbook, name: string, ...args: unknown[]): T {
  return JSON.parse(JSON.stringify(wb.sb.call(name, ...args))) as T;
}

/** The data rows of a cluster tab as records keyed by header (host values). */
export function rowsOf(wb: Workbook, tab: string): Record<string, unknown>[] {
  const values = dump(wb)[tab] ?? [];
  const header = (values[0] ?? []).map(String);
  return values.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
