// The live check's service calls (onEdit) and a sidebar submit's, on workbooks of 10 and 5 000
// registration rows per cluster tab: what a cluster head pays after every edit and every send.
import { clusterTabName, REG, SETTING } from "../src/core/contract/workbook";
import { individual, TITLES, UNITS, type Workbook, workbookWithRows } from "../tools/fixtures/clean-workbook";
import { editEvent, typeInto } from "../tools/gas-sandbox";
import { fmt, type Row } from "./table";

const C3 = clusterTabName("3");
const UNIT3 = UNITS.find((u) => u.cluster === "3")?.name ?? "";
const ADMIN = "noivu@example.com";

function calls(wb: Workbook, fn: () => void): number {
  wb.sb.services.calls.reset();
  fn();
  return wb.sb.services.calls.count();
}

/** Calls of each onEdit while a new row is typed cell by cell, the plan cached (after a menu action). */
function typing(wb: Workbook): number[] {
  const row = wb.lastRow(C3) + 1;
  wb.untracked(() => wb.sheet(C3).insertRowsAfter(wb.sheet(C3).getMaxRows(), 30));
  const cells: [string, string][] = [
    [REG.unit, UNIT3],
    [REG.subject, "Cá nhân"],
    [REG.person, "Người Gõ Tay"],
    [REG.title, TITLES.ldtt],
  ];
  return cells.map(([h, text]) => {
    const event = typeInto(
      wb.untracked(() => wb.sheet(C3).getRange(row, wb.col(C3, h))),
      text,
    );
    return calls(wb, () => wb.sb.call("onEdit", event));
  });
}

function paste(wb: Workbook, n: number): number {
  const rows = Array.from({ length: n }, (_, i) => ({
    ...individual(UNIT3, `Người dán ${i + 1}`, TITLES.ldtt),
    [REG.date]: "",
    [REG.enteredBy]: "",
  }));
  const first = wb.writeRows(C3, rows);
  const range = wb.untracked(() => wb.sheet(C3).getRange(first, 1, n, wb.headers(C3).length));
  return calls(wb, () => wb.sb.call("onEdit", editEvent(range)));
}

function submit(wb: Workbook): number {
  wb.setSetting(SETTING.adminEmails, ADMIN);
  Object.assign(wb.sb.services.env, { user: ADMIN, reportedEmail: ADMIN });
  const payload = {
    cluster: "3",
    unit: UNIT3,
    collective: null,
    individuals: ["Một", "Hai", "Ba"].map((n) => ({
      name: `Người ${n}`,
      position: "",
      title: "LĐTT",
      initiative: "",
    })),
  };
  return calls(wb, () => wb.sb.call("submitRegistrations", payload));
}

export function benchLiveCheck(): Row[] {
  const out: Row[] = [];
  for (const perTab of [10, 5_000]) {
    const wb = workbookWithRows(perTab * 10);
    wb.checkData(); // any menu action caches the setup tabs for the live check
    const typed = typing(wb);
    out.push([`onEdit, a new row typed in 4 cells, ${fmt(perTab)} rows per tab`, typed.join(" / ")]);
    out.push([`onEdit, a 20-row paste, ${fmt(perTab)} rows per tab`, fmt(paste(wb, 20))]);
    out.push([`submitRegistrations (3 individuals), ${fmt(perTab)} rows per tab`, fmt(submit(wb))]);
  }
  return out;
}
