import { describe, expect, it } from "vitest";
import { clusterTabName, LOG, REG, RESULT, TAB } from "../../src/core/contract/workbook";
import { individual as cleanIndividual, personName, UNITS } from "../../tools/fixtures/clean-workbook";
import { ADMIN, actAs, dump, HEAD3, HEAD4, rowsOf, run, sidebarWorkbook } from "./sidebar-workbook";

// Recording a year-end result through the sidebar (`recordResult`), on the built bundle: the same
// authorization, lock and stale-row check as a correction; only the three result cells written;
// the whole workbook checked, so the answer says whether the row can be proposed.

const TAB3 = clusterTabName("3");
/** The second unit of cluster 3: its first person holds LĐTT and CSTĐCS. */
const UNIT = UNITS.filter((u) => u.cluster === "3")[1]!.name;
const FIGHTER = personName(UNITS.findIndex((u) => u.name === UNIT) * 7);

interface Row {
  row: number;
  person: string;
  title: string;
  fingerprint: string;
  outcome: string;
  rating: string;
  status: string;
}
interface Answer {
  ok: boolean;
  code?: string;
  state?: string;
  message: string;
  details?: string[];
  findings?: { code: string }[];
  registrations?: Row[];
}
type Wb = ReturnType<typeof sidebarWorkbook>;

const unitRows = (wb: Wb, unit = UNIT) =>
  run<{ registrations: Row[] }>(wb, "getUnitRegistrations", { cluster: "3", unit }).registrations;
const find = (wb: Wb, person: string, title: string) =>
  unitRows(wb).find((r) => r.person === person && r.title === title) as Row;
const record = (wb: Wb, row: Row, outcome: string, rating = "", initiativeDecision = "") =>
  run<Answer>(wb, "recordResult", {
    cluster: "3",
    row: row.row,
    fingerprint: row.fingerprint,
    outcome,
    rating,
    initiativeDecision,
  });

describe("recording a result through the sidebar", () => {
  it("writes only Kết quả bình xét, Xếp loại and the initiative's decision, logs old and new, and says it can be proposed", () => {
    const wb = sidebarWorkbook();
    const target = find(wb, FIGHTER, "Lao động tiên tiến");
    const before = dump(wb)[TAB3] ?? [];
    const answer = record(wb, target, "Đạt", "Hoàn thành xuất sắc nhiệm vụ");
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, state: "valid" });
    expect(answer.message).toContain("Đủ điều kiện đề nghị khen thưởng.");
    const after = dump(wb)[TAB3] ?? [];
    const header = (after[0] ?? []).map(String);
    header.forEach((h, c) => {
      if (h !== RESULT.outcome && h !== RESULT.rating && h !== REG.status)
        expect(after[target.row - 1]?.[c], h).toEqual(before[target.row - 1]?.[c]);
    });
    expect(after[target.row - 1]?.[header.indexOf(RESULT.outcome)]).toBe("Đạt");
    expect(after[target.row - 1]?.[header.indexOf(RESULT.rating)]).toBe("Hoàn thành xuất sắc nhiệm vụ");
    const log = rowsOf(wb, TAB.log).at(-1) ?? {};
    expect(log[LOG.action]).toBe("Ghi kết quả bình xét (biểu mẫu)");
    expect(String(log[LOG.detail])).toContain("Kết quả bình xét: '' → 'Đạt'");
    expect(log[LOG.user]).toBe(HEAD3);
    const listed = answer.registrations?.find((r) => r.row === target.row);
    expect(listed).toMatchObject({
      outcome: "Đạt",
      rating: "Hoàn thành xuất sắc nhiệm vụ",
      status: "Hợp lệ",
    });
  });

  it("keeps the initiative's decision number as typed, even one Sheets would read as a date or a number", () => {
    const wb = sidebarWorkbook();
    const target = find(wb, FIGHTER, "Lao động tiên tiến");
    // In a column the office formatted as plain text too, where an apostrophe would stay a character.
    const sheet = wb.sheet(TAB3);
    const column = wb.col(TAB3, RESULT.initiativeDecision);
    wb.untracked(() => sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setNumberFormat("@"));
    for (const typed of ["15/3", "0012", "12:30"]) {
      const row = find(wb, FIGHTER, "Lao động tiên tiến");
      expect(record(wb, row, "Đạt", "", typed).ok).toBe(true);
      const after = dump(wb)[TAB3] ?? [];
      const header = (after[0] ?? []).map(String);
      expect(after[target.row - 1]?.[header.indexOf(RESULT.initiativeDecision)]).toBe(typed);
    }
  });

  it("rewrites the tab's statuses with the year-end findings: the other rows are now pending (KT08)", () => {
    const wb = sidebarWorkbook();
    const target = find(wb, FIGHTER, "Lao động tiên tiến");
    record(wb, target, "Không đạt");
    const rows = rowsOf(wb, TAB3);
    expect(String(rows[target.row - 2]?.[REG.status])).toBe("Hợp lệ");
    const others = rows.filter((r, i) => i !== target.row - 2 && r[REG.unit]);
    expect(others.every((r) => String(r[REG.status]).startsWith("KT08: "))).toBe(true);
  });

  it("says why a CSTĐCS cannot be proposed yet (KT02, KT03, KT06), then proposes it once its conditions are met", () => {
    const wb = sidebarWorkbook();
    const first = record(wb, find(wb, FIGHTER, "Chiến sĩ thi đua cơ sở"), "Đạt");
    expect(first.state).toBe("not-counted");
    expect(first.findings?.map((f) => f.code).sort()).toEqual(["KT02", "KT03", "KT06"]);
    const details = first.details?.join("\n") ?? "";
    expect(details).toContain("Số QĐ công nhận sáng kiến");
    expect(details).toContain("chưa đạt 'Lao động tiên tiến' năm 2020");
    expect(details).toContain("0 LĐTT đạt → tối đa 0");
    // The unit's seven LĐTT typed as Đạt in the tab (the dropdown), then the decision in the sidebar.
    for (const r of unitRows(wb).filter((r) => r.title === "Lao động tiên tiến"))
      wb.set(TAB3, r.row, RESULT.outcome, "Đạt");
    const again = record(wb, find(wb, FIGHTER, "Chiến sĩ thi đua cơ sở"), "Đạt", "", "15/QĐ-HĐKH");
    expect(again, JSON.stringify(again)).toMatchObject({ ok: true, state: "valid" });
    expect(again.message).toContain("Đủ điều kiện đề nghị khen thưởng.");
  });

  it("is refused, writing nothing, to another cluster's head, on a row changed meanwhile, or for a value outside the list", () => {
    const wb = sidebarWorkbook();
    const target = find(wb, FIGHTER, "Lao động tiên tiến");
    const before = dump(wb);
    actAs(wb, HEAD4);
    expect(record(wb, target, "Đạt").code).toBe("NOT_YOUR_CLUSTER");
    actAs(wb, ADMIN);
    expect(record(wb, { ...target, fingerprint: "x" }, "Đạt").code).toBe("STALE");
    const odd = record(wb, target, "Đạt rồi");
    expect(odd).toMatchObject({ ok: false, code: "INVALID" });
    expect(odd.message).toContain("'Kết quả bình xét' chỉ là 'Đạt', 'Không đạt' hoặc để trống.");
    actAs(wb, "");
    expect(record(wb, target, "Đạt").code).toBe("UNKNOWN_USER");
    expect(dump(wb)).toEqual(before);
  });

  it("makes the same service calls on a workbook with 2 000 more rows", () => {
    const calls = (extra: number) => {
      const wb = sidebarWorkbook();
      const unit = UNITS.find((u) => u.cluster === "5")!.name;
      wb.writeRows(
        clusterTabName("5"),
        Array.from({ length: extra }, (_, i) =>
          cleanIndividual(unit, `Người thêm ${i}`, "Lao động tiên tiến"),
        ),
      );
      const target = find(wb, FIGHTER, "Lao động tiên tiến");
      wb.sb.services.calls.reset();
      const answer = record(wb, target, "Đạt");
      expect(answer.ok).toBe(true);
      return wb.sb.services.calls.summary();
    };
    expect(calls(2_000)).toEqual(calls(10));
  });
});
