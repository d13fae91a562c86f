import { describe, expect, it } from "vitest";
import { HISTORY, RESULT, SETTING, TAB } from "../../src/core/contract/workbook";
import { TITLES, type Workbook } from "../../tools/fixtures/clean-workbook";
import { snapshot } from "../../tools/gas-sandbox";
import { rowOf } from "./helpers";
import { AN, LE_LOI, LE_LOI_PEOPLE, madeYearEnd } from "./made-year-end";

// `Kết thúc năm thi đua` on the built bundle, over the made year end (18 rows `Đạt`, one pending).

const CAPTION = "Kết thúc năm thi đua";
/** History rows imported before closing (tests/year-end/made-year-end.ts). */
const PAST = 3;

const history = (wb: Workbook) => snapshot(wb.ss)[TAB.history] ?? [];
const records = (wb: Workbook) => {
  const [head = [], ...rows] = history(wb);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
};
const alerts = (wb: Workbook) => wb.sb.services.ui.alerts.filter((a) => a.title === CAPTION);

/** Runs the menu action, answering its question with `answer`; returns the alerts it showed. */
function close(wb: Workbook, answer: "YES" | "NO" = "YES") {
  const before = alerts(wb).length;
  wb.sb.services.ui.alertAnswers.push(answer);
  wb.sb.call("closeEmulationYear");
  wb.sb.services.ui.alertAnswers.length = 0;
  return alerts(wb).slice(before);
}

describe("Kết thúc năm thi đua", () => {
  it("says before writing what it will write and that the pending row is not recorded; 'Không' writes nothing", () => {
    const wb = madeYearEnd();
    const before = history(wb);
    const [question, answer] = close(wb, "NO");
    expect(question?.buttons).toBe("YES_NO");
    expect(question?.prompt).toContain(`sẽ ghi vào trang '${TAB.history}': 18 dòng mới`);
    expect(question?.prompt).toContain(
      `1 dòng chưa có '${RESULT.outcome}' (đang chờ bình xét) không được ghi`,
    );
    expect(question?.prompt).toContain("3 dòng 'Đạt' chưa đủ điều kiện đề nghị (mã KT) vẫn được ghi");
    expect(answer?.prompt).toContain("Đã hủy");
    expect(history(wb)).toEqual(before);
  });

  it("appends each Đạt row once, with the person's rating; a second run appends nothing and asks nothing", () => {
    const wb = madeYearEnd();
    const [, done] = close(wb);
    expect(done?.prompt).toContain(`Đã ghi 18 dòng mới vào '${TAB.history}' (năm 2020)`);
    const rows = records(wb).slice(PAST);
    expect(rows).toHaveLength(18);
    expect(rows.every((r) => r[HISTORY.year] === 2020)).toBe(true);
    expect(rows.find((r) => r[HISTORY.person] === AN && r[HISTORY.title] === TITLES.cstdcs)).toMatchObject({
      [HISTORY.unit]: LE_LOI,
      [HISTORY.subject]: "Cá nhân",
      [HISTORY.rating]: "Hoàn thành tốt nhiệm vụ",
      [HISTORY.decisionNo]: "",
    });
    expect(rows.filter((r) => r[HISTORY.subject] === "Tập thể").map((r) => r[HISTORY.title])).toEqual([
      TITLES.ttldtt,
      TITLES.ttldxs,
      TITLES.ctdtp,
      TITLES.ttldtt,
      TITLES.ttldxs,
    ]);
    const once = history(wb);
    const again = close(wb);
    expect(again).toHaveLength(1);
    expect(again[0]?.prompt).toContain("đã có đủ kết quả năm 2020: không ghi thêm dòng nào");
    expect(history(wb)).toEqual(once);
    const log = (snapshot(wb.ss)[TAB.log] ?? []).filter((r) => r[2] === CAPTION);
    expect(log).toHaveLength(2);
  });

  it("updates the decision of this year's rows in place when it is filled later", () => {
    const wb = madeYearEnd();
    close(wb);
    const tab = "Cụm 1";
    for (const p of LE_LOI_PEOPLE) {
      const row = rowOf(wb, tab, LE_LOI, TITLES.ldtt, p);
      wb.set(tab, row, RESULT.decisionNo, "120/QĐ-UBND");
      wb.set(tab, row, RESULT.decisionDate, "15/12/2020");
    }
    const before = records(wb);
    const [question, done] = close(wb);
    expect(question?.prompt).toContain("0 dòng mới và cập nhật 7 dòng đã có");
    expect(done?.prompt).toContain("cập nhật 7 dòng");
    const after = records(wb);
    expect(after).toHaveLength(before.length);
    const changed = after.filter((r, i) => JSON.stringify(r) !== JSON.stringify(before[i]));
    expect(changed.map((r) => r[HISTORY.person]).sort()).toEqual([...LE_LOI_PEOPLE].sort());
    for (const r of changed) {
      expect(r[HISTORY.decisionNo]).toBe("120/QĐ-UBND");
      expect((r[HISTORY.decisionDate] as Date).getDate()).toBe(15);
    }
  });

  it("is refused while Năm thi đua is unusable or Lịch sử khen thưởng is missing, and writes nothing", () => {
    const wb = madeYearEnd();
    wb.setSetting(SETTING.year, "năm nay");
    expect(close(wb)[0]?.prompt).toContain("'Năm thi đua' trong trang Cấu hình chưa dùng được");
    wb.setSetting(SETTING.year, 2020);
    wb.untracked(() =>
      wb.ss.deleteSheet(wb.sheet(TAB.history) as unknown as GoogleAppsScript.Spreadsheet.Sheet),
    );
    expect(close(wb)[0]?.prompt).toContain(`Chưa có trang '${TAB.history}': chưa ghi gì`);
  });
});
