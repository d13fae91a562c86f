import { describe, expect, it } from "vitest";
import { clusterTabName, REG } from "../../src/core/contract/workbook";
import { personName } from "../../tools/fixtures/clean-workbook";
import { dump, individual, rowsOf, run, sidebarWorkbook, submission, UNIT3 } from "./sidebar-workbook";

const TAB3 = clusterTabName("3");
const people = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => individual(`${personName(from + i)} ${i}`));

describe("writes under the document lock", () => {
  it("lands two interleaved submissions in full, one after the other, with no row overwritten", () => {
    const wb = sidebarWorkbook();
    const lock = wb.sb.services.lock;
    const calls = wb.sb.services.calls;
    const last = wb.lastRow(TAB3);
    const other = submission(UNIT3, people(3, 500));
    const mine = submission(UNIT3, people(4, 600));
    calls.reset();
    // When "me" asks for the lock, another execution (another head's click) is already running.
    lock.beforeNextLock(() => lock.runAs("other", () => wb.sb.call("submitRegistrations", other)));
    const result = run<{ ok: boolean; rows: { row: number }[] }>(wb, "submitRegistrations", mine);
    expect(result.ok).toBe(true);
    expect(lock.grants.slice(-2)).toEqual(["other", "me"]);
    // The call log: the other execution writes and releases before "me" re-reads and appends.
    const order = calls.methods.filter((m) =>
      /^Lock\.(tryLock|releaseLock)$|^Range\.setValues$|^Range\.getValues$/.test(m),
    );
    const firstRelease = order.indexOf("Lock.releaseLock");
    expect(order[0]).toBe("Lock.tryLock"); // "me" asks first
    expect(order.slice(1, firstRelease)).toContain("Range.setValues"); // "other" writes
    expect(order.slice(firstRelease + 1)).toContain("Range.getValues"); // "me" re-reads inside its lock
    expect(order.at(-1)).toBe("Lock.releaseLock");
    const added = rowsOf(wb, TAB3)
      .slice(last - 1)
      .map((r) => r[REG.person]);
    expect(added).toEqual([...other.individuals, ...mine.individuals].map((p) => p.name));
    expect(result.rows.map((r) => r.row)).toEqual([last + 4, last + 5, last + 6, last + 7]);
  });

  it("waits for a holder that lets go in time", () => {
    const wb = sidebarWorkbook();
    wb.sb.services.lock.holdBy("checkData", { releaseAfterMs: 5_000 });
    expect(run(wb, "submitRegistrations", submission(UNIT3, people(2, 700)))).toMatchObject({ ok: true });
  });

  it("writes nothing and says to try again when the lock cannot be had", () => {
    const wb = sidebarWorkbook();
    const before = dump(wb);
    wb.sb.services.lock.holdBy("someone else");
    const result = run(wb, "submitRegistrations", submission(UNIT3, people(2, 800)));
    expect(result).toMatchObject({ ok: false, code: "LOCK_TIMEOUT" });
    expect(String(result.message)).toContain("thử lại");
    expect(dump(wb)).toEqual(before);
  });
});

describe("the cost of a submission", () => {
  const cost = (n: number) => {
    const wb = sidebarWorkbook();
    wb.sb.services.calls.reset();
    const result = run(wb, "submitRegistrations", submission(UNIT3, people(n, 100)));
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    return { total: wb.sb.services.calls.count(), summary: wb.sb.services.calls.summary() };
  };

  it("is the same number of service calls for 50 individuals as for 5, with one setValues for the rows", () => {
    const five = cost(5);
    const fifty = cost(50);
    expect(fifty.summary).toEqual(five.summary);
    expect(fifty.total).toBe(five.total);
    expect(five.total).toBeLessThan(50);
    // rows, status column, Nhật ký: three writes; one flush.
    expect(five.summary["Range.setValues"]).toBe(3);
    expect(five.summary["SpreadsheetApp.flush"]).toBe(1);
  });
});
