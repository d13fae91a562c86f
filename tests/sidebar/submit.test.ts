import { describe, expect, it } from "vitest";
import { clusterTabName, LOG, REG, TAB } from "../../src/core/contract/workbook";
import {
  dump,
  HEAD3,
  individual,
  LDTT_HOLDER,
  rowsOf,
  run,
  sidebarWorkbook,
  submission,
  UNIT3,
} from "./sidebar-workbook";

const TAB3 = clusterTabName("3");
type Written = { ok: true; rows: { row: number; status: string }[]; findings: unknown[] };
type Refused = { ok: false; code: string; message: string; findings?: { row: number; code: string }[] };

const today = () => {
  const p = (n: number) => String(n).padStart(2, "0");
  const d = new Date();
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
};
const asText = (v: unknown) =>
  v instanceof Date || Object.prototype.toString.call(v) === "[object Date]"
    ? (() => {
        const d = v as Date;
        const p = (n: number) => String(n).padStart(2, "0");
        return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
      })()
    : v;

describe("submitting a unit's registrations", () => {
  it("appends the collective and three individuals below the last row, stamped by the server, all Hợp lệ", () => {
    const wb = sidebarWorkbook();
    const last = wb.lastRow(TAB3);
    const payload = {
      ...submission(
        UNIT3,
        [
          individual("Lê Thị Mới"),
          individual("Phạm Văn Mới"),
          individual(LDTT_HOLDER, "Chiến sĩ thi đua cơ sở", "Sáng kiến số hóa hồ sơ"),
        ],
        { title: "TTLĐTT", initiative: "" },
      ),
      // Not trusted from the client: dropped by the schema.
      date: "01/01/2000",
      enteredBy: "gia.mao@example.com",
    };
    const result = run<Written>(wb, "submitRegistrations", payload);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.rows.map((r) => r.row)).toEqual([last + 1, last + 2, last + 3, last + 4]);
    expect(result.rows.every((r) => r.status === "Hợp lệ")).toBe(true);
    const rows = rowsOf(wb, TAB3).slice(last - 1);
    expect(rows.map((r) => [r[REG.subject], r[REG.person], r[REG.title]])).toEqual([
      ["Tập thể", "", "Tập thể lao động tiên tiến"],
      ["Cá nhân", "Lê Thị Mới", "Lao động tiên tiến"],
      ["Cá nhân", "Phạm Văn Mới", "Lao động tiên tiến"],
      ["Cá nhân", LDTT_HOLDER, "Chiến sĩ thi đua cơ sở"],
    ]);
    for (const r of rows) {
      expect(asText(r[REG.date])).toBe(today());
      expect(r[REG.enteredBy]).toBe(HEAD3);
      expect(r[REG.status]).toBe("Hợp lệ");
      expect(r[REG.unit]).toBe(UNIT3);
    }
    expect(rows.map((r) => r[REG.no])).toEqual(rows.map((_, i) => rowsOf(wb, TAB3).length - 4 + i + 1));
    const log = rowsOf(wb, TAB.log).at(-1);
    expect(log?.[LOG.user]).toBe(HEAD3);
    expect(String(log?.[LOG.detail])).toContain(UNIT3);
  });

  it("stores formula-like and HTML-like text verbatim, as text", () => {
    const wb = sidebarWorkbook();
    const texts = ['=HYPERLINK("http://x")', "<img src=x onerror=alert(1)>", "+84 912", "-1", "@me", "007"];
    const result = run<Written>(
      wb,
      "submitRegistrations",
      submission(
        UNIT3,
        texts.map((t, i) => individual(t, "LĐTT", "", i === 0 ? "=1+1" : t)),
      ),
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const sheet = wb.sheet(TAB3);
    const first = result.rows[0]!.row;
    texts.forEach((t, i) => {
      const cell = wb.untracked(() => sheet.getRange(first + i, wb.col(TAB3, REG.person)));
      expect(wb.untracked(() => cell.getValue())).toBe(t);
      expect(wb.untracked(() => cell.getFormula())).toBe("");
    });
    expect(wb.get(TAB3, first, REG.position)).toBe("=1+1");
    expect(wb.get(TAB3, first + 1, REG.position)).toBe(texts[1]);
  });

  it("refuses a CSTĐCS without an initiative with the DK09 message, writing nothing", () => {
    const wb = sidebarWorkbook();
    const before = dump(wb);
    const result = run<Refused>(
      wb,
      "submitRegistrations",
      submission(UNIT3, [individual("Lê Văn A"), individual(LDTT_HOLDER, "CSTĐCS", "")]),
    );
    expect(result).toMatchObject({ ok: false, code: "REFUSED" });
    expect(result.findings).toEqual([
      expect.objectContaining({
        row: 1,
        code: "DK09",
        message: "Đăng ký 'Chiến sĩ thi đua cơ sở' phải ghi tên sáng kiến ở cột 'Tên mô hình, sáng kiến'.",
      }),
    ]);
    expect(dump(wb)).toEqual(before);
  });

  it("refuses a malformed payload with a Vietnamese message", () => {
    const wb = sidebarWorkbook();
    const before = dump(wb);
    expect(run<Refused>(wb, "submitRegistrations", { cluster: "3" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(run<Refused>(wb, "submitRegistrations", submission(UNIT3, []))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Chưa có đăng ký nào"),
    });
    expect(dump(wb)).toEqual(before);
  });
});
