import { describe, expect, it } from "vitest";
import { clusterTabName, LOG, REG, TAB } from "../../src/core/contract/workbook";
import { dump, HEAD3, rowsOf, run, sidebarWorkbook, UNIT3 } from "./sidebar-workbook";

const TAB3 = clusterTabName("3");
interface Row {
  row: number;
  person: string;
  title: string;
  fingerprint: string;
}
type Context = { clusters: { id: string; units: { name: string }[] }[] };

/** The unit's rows as the sidebar gets them once the unit is chosen. */
const rowsOfUnit = (wb: ReturnType<typeof sidebarWorkbook>) =>
  run<{ registrations: Row[] }>(wb, "getUnitRegistrations", { cluster: "3", unit: UNIT3 }).registrations;

describe("correcting and withdrawing a registration", () => {
  it("corrects a row in place: only the edited cells change, date and author stay, the log keeps old and new", () => {
    const wb = sidebarWorkbook();
    const row = rowsOfUnit(wb)[1]!.row;
    wb.untracked(() => wb.sheet(TAB3).getRange(row, 12).setValue("ghi chú riêng"));
    const target = rowsOfUnit(wb)[1]!;
    const before = dump(wb)[TAB3]!;
    const result = run(wb, "updateRegistration", {
      cluster: "3",
      row: target.row,
      fingerprint: target.fingerprint,
      person: "Nguyễn Thị Sửa",
      position: "Kế toán",
      title: "LĐTT",
      initiative: "",
    });
    expect(result, JSON.stringify(result)).toMatchObject({
      ok: true,
      rows: [{ row: target.row, status: "Hợp lệ" }],
    });
    const after = dump(wb)[TAB3]!;
    const header = (after[0] ?? []).map(String);
    header.forEach((h, c) => {
      const changed = h === REG.person || h === REG.position || h === REG.status;
      if (!changed) expect(after[target.row - 1]?.[c], h).toEqual(before[target.row - 1]?.[c]);
    });
    expect(after[target.row - 1]?.[header.indexOf(REG.person)]).toBe("Nguyễn Thị Sửa");
    expect(after[target.row - 1]?.[11]).toBe("ghi chú riêng");
    const log = rowsOf(wb, TAB.log).at(-1)!;
    expect(String(log[LOG.detail])).toContain(`'${target.person}' → 'Nguyễn Thị Sửa'`);
    expect(log[LOG.user]).toBe(HEAD3);
  });

  it("refuses a correction when the row changed since the form was opened", () => {
    const wb = sidebarWorkbook();
    const target = rowsOfUnit(wb)[1]!;
    wb.set(TAB3, target.row, REG.position, "Đã đổi");
    const before = dump(wb);
    const result = run(wb, "withdrawRegistration", {
      cluster: "3",
      row: target.row,
      fingerprint: target.fingerprint,
    });
    expect(result).toMatchObject({ ok: false, code: "STALE" });
    expect(dump(wb)).toEqual(before);
  });

  it("withdraws a row by clearing its data cells (the office's column stays) and logs every old value", () => {
    const wb = sidebarWorkbook();
    const at = rowsOfUnit(wb)[2]!.row;
    wb.untracked(() => wb.sheet(TAB3).getRange(at, 12).setValue("cột riêng"));
    const target = rowsOfUnit(wb)[2]!;
    const height = wb.lastRow(TAB3);
    const result = run(wb, "withdrawRegistration", {
      cluster: "3",
      row: target.row,
      fingerprint: target.fingerprint,
    });
    expect(result).toMatchObject({ ok: true });
    const row = dump(wb)[TAB3]![target.row - 1]!;
    expect(row.slice(0, 10).every((v) => v === "")).toBe(true);
    expect(row[11]).toBe("cột riêng");
    expect(wb.lastRow(TAB3)).toBe(height);
    const log = String(rowsOf(wb, TAB.log).at(-1)![LOG.detail]);
    expect(log).toContain(target.person);
    expect(log).toContain(UNIT3);
    expect(rowsOfUnit(wb).map((r) => r.row)).not.toContain(target.row);
  });
});

describe("the context the sidebar opens with", () => {
  it("is plain JSON: no Date, no function, no undefined, dates as dd/mm/yyyy", () => {
    const wb = sidebarWorkbook();
    const raw = wb.sb.call("getRegistrationContext");
    const walk = (v: unknown, path: string): void => {
      expect(typeof v, path).not.toBe("function");
      expect(v, path).not.toBeUndefined();
      if (v !== null && typeof v === "object") {
        const proto = Object.getPrototypeOf(v);
        expect(Object.prototype.toString.call(v), path).toMatch(/^\[object (Object|Array)\]$/);
        expect(
          proto === null || proto.constructor?.name === "Object" || proto.constructor?.name === "Array",
          path,
        ).toBe(true);
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      }
    };
    walk(raw, "context");
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
    const unit = (raw as Context).clusters[0]!.units[0]!.name;
    const rows = wb.sb.call("getUnitRegistrations", { cluster: "3", unit }) as {
      registrations: { date: string }[];
    };
    walk(rows, "rows");
    expect(rows.registrations[0]?.date).toBe("20/02/2020");
  });
});
