import { describe, expect, it } from "vitest";
import { CLUSTER, DOSSIER, SETTING, TAB } from "../../src/core/contract/workbook";
import { type Workbook, workbookWithRows } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";
import {
  ADMIN,
  actAs,
  at,
  HEAD1,
  logLines,
  menu,
  recipientsByDay,
  remindersWorkbook,
} from "./reminders-workbook";

const SENT_PREFIX = "reminders.sent:";

/** Every e-mail address typed in some cell of the workbook. */
function addressesInCells(wb: Workbook): Set<string> {
  const out = new Set<string>();
  for (const rows of Object.values(wb.untracked(() => snapshot(wb.ss))))
    for (const row of rows)
      for (const cell of row)
        for (const m of String(cell).matchAll(/[^\s,;@]+@[^\s,;@]+/gu)) out.add(m[0].toLowerCase());
  return out;
}

describe("the reminders' safeguards", () => {
  it("send nothing twice when the run is repeated the same day", () => {
    const wb = remindersWorkbook();
    menu(wb, "turnOnReminders");
    wb.sb.runTriggers(at("21/02", "12:00"));
    const sent = wb.sb.services.mail.sent.length;
    const logged = logLines(wb).length;
    expect(sent).toBe(4);
    const uid = wb.sb.services.scriptApp.triggers[0]?._uid;
    wb.sb.call("sendReminders", { triggerUid: uid }); // a second run of the trigger
    wb.sb.call("sendReminders"); // and one by hand, from the script editor
    expect(wb.sb.services.mail.sent).toHaveLength(sent);
    expect(logLines(wb)).toHaveLength(logged);
  });

  it("stop before MailApp's daily quota runs out, log who was not mailed, and mail them on a later run that day", () => {
    const wb = remindersWorkbook();
    menu(wb, "turnOnReminders");
    wb.sb.services.mail.quota = 2;
    wb.sb.runTriggers(at("21/02", "12:00"));
    expect(wb.sb.services.mail.sent.map((m) => m.to[0])).toEqual([ADMIN, HEAD1]); // the admin's first
    const line = logLines(wb).at(-1)?.[2] ?? "";
    expect(line).toContain("Nhắc việc ngày 21/02/2020: đã gửi 2/4 thư.");
    expect(line).toContain(
      "Dừng gửi vì hạn mức gửi e-mail trong ngày của tài khoản (MailApp) chỉ còn 0: chưa gửi 2 thư cho",
    );
    expect(wb.sb.services.calls.count("MailApp.sendEmail")).toBe(2);
    wb.sb.services.mail.quota = 100;
    wb.sb.call("sendReminders");
    expect(recipientsByDay(wb)["21/02"]).toHaveLength(4);
    expect(new Set(wb.sb.services.mail.sent.map((m) => m.to[0])).size).toBe(4);
  });

  it("never mail an address that no cell of the workbook holds, nor one that is malformed", () => {
    const wb = remindersWorkbook();
    wb.setSetting(SETTING.adminEmails, null); // only the spreadsheet's owner may turn reminders on
    wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, "6"), CLUSTER.headEmails, "cumtruong6@");
    wb.set(TAB.dossier, wb.findRow(TAB.dossier, DOSSIER.cluster, "6"), DOSSIER.plan, null);
    const owner = wb.sb.services.env.owner;
    actAs(wb, owner);
    menu(wb, "turnOnReminders");
    wb.sb.runTriggers(at("07/03", "12:00"));
    const known = addressesInCells(wb);
    const recipients = wb.sb.services.mail.sent.flatMap((m) => m.to);
    expect(recipients.length).toBeGreaterThan(0);
    for (const to of recipients) expect(known.has(to)).toBe(true);
    expect(recipients).not.toContain(owner); // the sender, typed in no cell
    expect(recipients).not.toContain("cumtruong6@");
    // A cell holding text but no address is no recipient at all: the check names it (BT03).
    const bt03 = wb
      .checkResult()
      .findings.filter((f) => f.code === "BT03")
      .map((f) => f.message);
    expect(bt03.some((m) => m.includes("cumtruong6@"))).toBe(true);
  });

  it("keep the record of mails sent small: one short document property per address", () => {
    const wb = remindersWorkbook();
    menu(wb, "turnOnReminders");
    wb.sb.runTriggers(at("07/03", "12:00"));
    const recorded = [...wb.sb.services.properties.document.data].filter(([k]) => k.startsWith(SENT_PREFIX));
    expect(new Map(recorded).get(`${SENT_PREFIX}${ADMIN}`)).toBe("2020-03-04");
    expect(recorded).toHaveLength(new Set(wb.sb.services.mail.sent.flatMap((m) => m.to)).size);
    for (const [, value] of recorded) expect(value).toMatch(/^\d{4}-\d\d-\d\d$/u);
  });

  it("make the same service calls for a day's run over 300 or 3000 registration rows", () => {
    const callsOfRun = (rows: number) => {
      const wb = workbookWithRows(rows);
      wb.setSetting(SETTING.adminEmails, ADMIN);
      wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, "2"), CLUSTER.headEmails, HEAD1);
      wb.set(TAB.dossier, wb.findRow(TAB.dossier, DOSSIER.cluster, "2"), DOSSIER.covenant, null);
      wb.sb.setNow(at("21/02", "06:00"));
      actAs(wb, ADMIN);
      menu(wb, "turnOnReminders");
      wb.sb.services.calls.reset();
      wb.sb.runTriggers(at("21/02", "08:00"));
      expect(wb.sb.services.mail.sent.map((m) => m.to[0])).toEqual([ADMIN, HEAD1]);
      return wb.sb.services.calls.summary();
    };
    const small = callsOfRun(300);
    expect(small["MailApp.sendEmail"]).toBe(2);
    expect(callsOfRun(3000)).toEqual(small);
  });
});
