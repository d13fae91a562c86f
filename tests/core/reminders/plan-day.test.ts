import { describe, expect, it } from "vitest";
import {
  CLUSTER,
  CONFIG,
  DOSSIER,
  HEADERS,
  SETTING,
  scoreTabName,
  TAB,
  TASK,
} from "../../../src/core/contract/workbook";
import { composeMail } from "../../../src/core/reminders/compose-mail";
import { isScoringTask } from "../../../src/core/reminders/deadlines";
import { nextReminder } from "../../../src/core/reminders/next-reminder";
import { planDay } from "../../../src/core/reminders/plan-day";
import type { Snapshot } from "../../../src/core/table";
import { TIMELINE_ROWS } from "../../../src/core/template/timeline";
import { fillScores, run, scaled, scoringWorkbook } from "../../../tools/fixtures/score-workbook";
import { ADMIN, at, HEAD1, HEAD2A, remindersWorkbook } from "../../reminders/reminders-workbook";

const ctx = {
  organisation: "HĐTĐKT",
  year: 2020,
  url: "https://docs.google.com/x",
  days: [7, 3, 1],
  onTimeOnly: true,
};

/** The snapshot with a tab's rows filtered, or the tab dropped (`keep` = null). */
function editTab(s: Snapshot, tab: string, keep: ((row: readonly unknown[]) => boolean) | null): Snapshot {
  return {
    grids: s.grids.flatMap((g) =>
      g.name !== tab
        ? [g]
        : keep
          ? [{ name: g.name, values: g.values.filter((r, i) => i === 0 || keep(r)) }]
          : [],
    ),
  };
}

/** Two clusters of three units scoring five criteria; a unit of cluster 1 lacks two scores; cluster 3 has no score tab. */
function scoringSnapshot(): Snapshot {
  const wb = scoringWorkbook({ clusters: ["1", "2", "3"] });
  run(wb, "prepareScoreSheets");
  for (const id of ["1", "2"]) {
    fillScores(wb, id, (unit, code, max) =>
      unit === "Đơn vị 1-1" && (code === "TC1" || code === "TC2") ? {} : scaled(() => 0.9)(unit, code, max),
    );
  }
  wb.append(TAB.config, { [CONFIG.key]: SETTING.reminderDays, [CONFIG.value]: "7, 3, 1" });
  wb.append(TAB.config, { [CONFIG.key]: SETTING.adminEmails, [CONFIG.value]: ADMIN });
  for (const id of ["1", "2", "3"])
    wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, id), CLUSTER.headEmails, `head${id}@x.vn`);
  const task23 = TIMELINE_ROWS.find((r) => r[TASK.no] === 23) ?? {};
  const header = HEADERS[TAB.timeline] ?? [];
  const row = header.map((h) => (h === TASK.deadline ? "10/11/2020" : (task23[h] ?? "")));
  const snapshot = editTab(wb.coreSnapshot(), scoreTabName("3"), null);
  return {
    grids: [...snapshot.grids, { name: TAB.timeline, values: [header, row] as unknown[][] }],
  } as Snapshot;
}

describe("planning a day's reminders", () => {
  it("takes task 23 alone of the 2020 appendix for the scoring period", () => {
    const scoring = TIMELINE_ROWS.filter((r) => isScoringTask(String(r[TASK.content])));
    expect(scoring.map((r) => r[TASK.no])).toEqual([23]);
  });

  it("reminds a cluster head of the units whose scores are missing, 3 days before the scoring task's deadline", () => {
    const day = planDay(scoringSnapshot(), new Date("2020-11-07T07:00:00+07:00"));
    const head1 = day.letters.find((l) => l.to === "head1@x.vn");
    expect(day.letters.map((l) => l.to).sort()).toEqual(["head1@x.vn", ADMIN]);
    expect(head1?.clusters[0]?.scoring?.unscored).toEqual([{ unit: "Đơn vị 1-1", criteria: 2 }]);
    const mail = composeMail(head1!, { ...ctx, today: day.today });
    expect(mail.body).toContain(
      "Hạn chấm điểm thi đua (nhiệm vụ số 23 của trang 'Tiến độ'): 10/11/2020 (còn 3 ngày).",
    );
    expect(mail.body).toContain(
      "- 1 đơn vị còn tiêu chí chưa có điểm (trang 'Điểm Cụm 1'):\n    • Đơn vị 1-1: 2 tiêu chí",
    );
    const admin = day.letters.find((l) => l.to === ADMIN)?.admin;
    expect(admin?.dueSoon.map((f) => f.code)).toEqual(["TD02"]);
    expect(admin?.unprepared.map((c) => c.id)).toEqual(["3"]);
  });

  it("sends nothing about scores on a day that is not a reminder day of the scoring task", () => {
    expect(planDay(scoringSnapshot(), new Date("2020-11-06T07:00:00+07:00")).letters).toEqual([]);
  });

  it("tells a cluster with no row in Hồ sơ cụm that all five documents are missing", () => {
    const wb = remindersWorkbook();
    const snapshot = editTab(wb.coreSnapshot(), TAB.dossier, (r) => String(r[0]) !== "2");
    const letter = planDay(snapshot, at("21/02")).letters.find((l) => l.to === HEAD2A);
    expect(letter?.clusters[0]?.registration?.missingDocuments).toEqual([
      DOSSIER.plan,
      DOSSIER.regulation,
      DOSSIER.criteria,
      DOSSIER.covenant,
      DOSSIER.list,
    ]);
  });

  it("works on the real day, whatever Ngày tham chiếu says", () => {
    const wb = remindersWorkbook(); // Ngày tham chiếu is 15/03/2020
    const day = planDay(wb.coreSnapshot(), at("21/02"));
    expect(day.today).toEqual({ year: 2020, month: 2, day: 21 });
    expect(day.letters.find((l) => l.to === HEAD1)?.nearest).toEqual({
      deadline: { year: 2020, month: 2, day: 28 },
      daysLeft: 7,
    });
  });

  it("warns of lost awards only while Chỉ xét đăng ký đúng hạn is Có", () => {
    const day = planDay(remindersWorkbook().coreSnapshot(), at("21/02"));
    const letter = day.letters.find((l) => l.to === HEAD1);
    const lost = "không được xét khen thưởng cuối năm";
    expect(composeMail(letter!, { ...ctx, today: day.today }).body).toContain(lost);
    expect(composeMail(letter!, { ...ctx, today: day.today, onTimeOnly: false }).body).not.toContain(lost);
  });

  it("tells the admins which due cluster has no head to mail", () => {
    const wb = remindersWorkbook();
    wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, "1"), CLUSTER.headEmails, null);
    const day = planDay(wb.coreSnapshot(), at("21/02"));
    expect(day.letters.some((l) => l.to === HEAD1)).toBe(false);
    const admin = day.letters.find((l) => l.to === ADMIN);
    expect(composeMail(admin!, { ...ctx, today: day.today }).body).toContain(
      "• Cụm 1: 1 đơn vị chưa đăng ký (chưa có 'Email cụm trưởng': cụm không nhận thư nhắc)",
    );
  });

  it("plans no letter when Nhắc việc trước (ngày) is blank", () => {
    const wb = remindersWorkbook();
    wb.setSetting(SETTING.reminderDays, null);
    expect(planDay(wb.coreSnapshot(), at("21/02")).letters).toEqual([]);
  });

  it("announces the next reminder day from the trigger's next run at 7 h", () => {
    const snapshot = remindersWorkbook().coreSnapshot();
    const day = (d: Date) => nextReminder(snapshot, d)?.day;
    expect(day(at("14/02", "09:00"))).toEqual({ year: 2020, month: 2, day: 21 });
    expect(day(at("21/02", "06:30"))).toEqual({ year: 2020, month: 2, day: 21 });
    expect(day(at("21/02", "09:00"))).toEqual({ year: 2020, month: 2, day: 25 });
    expect(nextReminder(snapshot, at("14/02", "09:00"))?.letters.map((l) => l.to)).toHaveLength(4);
  });
});
