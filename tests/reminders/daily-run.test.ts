import { beforeAll, describe, expect, it } from "vitest";
import type { Workbook } from "../../tools/fixtures/clean-workbook";
import {
  ADMIN,
  at,
  HEAD1,
  HEAD2A,
  HEAD2B,
  HEAD3,
  HEAD5,
  logLines,
  mailTo,
  menu,
  recipientsByDay,
  register,
  remindersWorkbook,
  UNIT1,
  UNIT4,
  UNIT5,
} from "./reminders-workbook";

// One simulated run, shared by the tests: reminders turned on 14/02/2020, the unit missing
// from cluster 1 registered on 24/02, the clock moved to 07/03/2020.
let wb: Workbook;
let alert: string;
beforeAll(() => {
  wb = remindersWorkbook();
  alert = menu(wb, "turnOnReminders");
  wb.sb.runTriggers(at("24/02", "10:00"));
  register(wb, "1", UNIT1);
  wb.sb.runTriggers(at("07/03", "12:00"));
});

describe("a daily run of the reminders over three weeks across the deadline of 28/02/2020", () => {
  it("fires once a day at 7 h and fails on no day", () => {
    const runs = wb.sb.services.scriptApp.fired;
    expect(runs).toHaveLength(22); // 15/02 … 07/03
    expect(runs.every((r) => r.error === undefined)).toBe(true);
    expect(runs.every((r) => r.user === ADMIN)).toBe(true);
    expect(runs[0]?.at).toEqual(at("15/02"));
  });

  it("mails the right people on the days 7, 3 and 1 before a deadline, each once that day", () => {
    expect(recipientsByDay(wb)).toEqual({
      "21/02": [HEAD1, HEAD2A, ADMIN, HEAD2B].sort(),
      // UNIT1 registered on 24/02: cluster 1 owes nothing any more.
      "25/02": [HEAD2A, ADMIN, HEAD2B].sort(),
      // Also 7 days before cluster 5's own deadline (05/03) and task 8's.
      "27/02": [HEAD2A, ADMIN, HEAD2B, HEAD5].sort(),
      "02/03": [ADMIN, HEAD5].sort(),
      "04/03": [ADMIN, HEAD5].sort(),
    });
    for (const m of wb.sb.services.mail.sent) expect(m.to).toHaveLength(1);
  });

  it("never mails a cluster head whose units all registered and whose dossier is complete", () => {
    expect(wb.sb.services.mail.sent.some((m) => m.to.includes(HEAD3))).toBe(false);
  });

  it("tells a cluster head their own units not registered, the deadline and the link, in Vietnamese", () => {
    const mail = mailTo(wb, HEAD1, "21/02");
    expect(mail?.subject).toBe("Nhắc việc thi đua – khen thưởng: hạn 28/02/2020 (còn 7 ngày)");
    expect(mail?.body).toContain("■ CỤM 1 (");
    expect(mail?.body).toContain("Hạn đăng ký thi đua và nộp hồ sơ cụm: 28/02/2020 (còn 7 ngày).");
    expect(mail?.body).toContain(`- 1 đơn vị chưa đăng ký thi đua:\n    • ${UNIT1}\n`);
    expect(mail?.body).toContain(`Mở bảng tính: ${wb.ss.getUrl()}`);
    expect(mail?.body).not.toContain(UNIT4);
    expect(mail?.body).not.toContain("TIẾN ĐỘ");
    expect(mail?.name).toBe("Sổ thi đua");
  });

  it("tells both heads of cluster 2 the dossier document that is missing", () => {
    for (const head of [HEAD2A, HEAD2B]) {
      const body = mailTo(wb, head, "25/02")?.body ?? "";
      expect(body).toContain("Hạn đăng ký thi đua và nộp hồ sơ cụm: 28/02/2020 (còn 3 ngày).");
      expect(body).toContain("- Hồ sơ cụm còn thiếu (trang 'Hồ sơ cụm'):\n    • Bản ký kết giao ước thi đua");
      expect(body).not.toContain("chưa đăng ký thi đua:");
    }
  });

  it("reminds the head of a cluster with its own deadline before that deadline, not the general one", () => {
    const first = mailTo(wb, HEAD5, "27/02");
    expect(first?.subject).toContain("hạn 05/03/2020 (còn 7 ngày)");
    expect(first?.body).toContain(UNIT5);
    expect(mailTo(wb, HEAD5, "04/03")?.subject).toContain("hạn 05/03/2020 (còn 1 ngày)");
  });

  it("sends an admin who heads a cluster one mail a day, with their cluster and the plan's tasks", () => {
    const body = mailTo(wb, ADMIN, "21/02")?.body ?? "";
    expect(body.startsWith("Kính gửi: cụm trưởng Cụm 4; quản trị bảng tính thi đua.")).toBe(true);
    expect(body).toContain(`    • ${UNIT4}\n`);
    expect(body).toContain("■ TIẾN ĐỘ KẾ HOẠCH (trang 'Tiến độ')\nSắp đến hạn (1):\n    • Nhiệm vụ số 6 (");
    expect(body).toContain("Cụm 1: 1 đơn vị chưa đăng ký");
    expect(body).toContain("Cụm 2: thiếu 1 hồ sơ");
  });

  it("lists for the admins the tasks overdue and soon due on the day of the mail", () => {
    const body = mailTo(wb, ADMIN, "02/03")?.body ?? "";
    expect(body).toMatch(/Quá hạn \(1\):\n {4}• Nhiệm vụ số 6 \([^\n]*đã quá hạn 28\/02\/2020 \(3 ngày\)/u);
    expect(body).toMatch(/Sắp đến hạn \(1\):\n {4}• Nhiệm vụ số 8 \([^\n]*05\/03\/2020 \(còn 3 ngày\)/u);
    expect(body).toContain("Cụm 5: 1 đơn vị chưa đăng ký");
    expect(body).not.toContain("■ CỤM 4"); // cluster 4's deadline has passed
  });

  it("says in the alert of Bật nhắc việc when the next mails go and to whom", () => {
    expect(alert).toContain("Đã bật nhắc việc qua e-mail.");
    expect(alert).toContain("các ngày còn 7, 3, 1 ngày trước một hạn");
    expect(alert).toContain("Lần nhắc tới: ngày 21/02/2020 (hạn 28/02/2020, còn 7 ngày).");
    expect(alert).toContain(`thư sẽ gửi tới 4 người: `);
    expect(alert).toContain(`${HEAD1} (cụm trưởng Cụm 1)`);
    expect(alert).toContain(`${ADMIN} (cụm trưởng Cụm 4, quản trị)`);
    expect(alert).toContain(`Thư gửi từ tài khoản ${ADMIN}`);
  });

  it("logs in Nhật ký, as the admin, who got what on each day mails went", () => {
    const lines = logLines(wb).filter((l) => l[1] === "Nhắc việc qua e-mail");
    const days = lines.map((l) => /^Nhắc việc ngày (\d\d\/\d\d)\/2020: /u.exec(l[2] ?? "")?.[1]);
    expect(days).toEqual(["21/02", "25/02", "27/02", "02/03", "04/03"]);
    expect(lines.every((l) => l[0] === ADMIN)).toBe(true);
    expect(lines[0]?.[2]).toContain("đã gửi 4/4 thư.");
    expect(lines[0]?.[2]).toContain(`${HEAD1}: Cụm 1 (1 đơn vị chưa đăng ký)`);
    expect(lines[0]?.[2]).toContain(
      `${ADMIN}: Cụm 4 (1 đơn vị chưa đăng ký), tiến độ (0 quá hạn, 1 sắp đến hạn)`,
    );
    expect(logLines(wb).some((l) => l[0] === ADMIN && l[1] === "Bật nhắc việc")).toBe(true);
  });
});
