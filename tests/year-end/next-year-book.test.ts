import { beforeAll, describe, expect, it } from "vitest";
import {
  CAMPAIGN,
  CLUSTER,
  CONFIG,
  clusterTabName,
  DOSSIER,
  REG,
  SETTING,
  scoreTabName,
  TAB,
  TASK,
} from "../../src/core/contract/workbook";
import type { Workbook } from "../../tools/fixtures/clean-workbook";
import { type FakeSpreadsheet, snapshot } from "../../tools/gas-sandbox";
import { madeYearEnd } from "./made-year-end";

// `Tạo sổ năm sau` on the built bundle: the made year end, closed, checked and scored, copied for
// 2021. Each tab of the copy is compared with the same tab of this year's book.

type Dump = Record<string, unknown[][]>;
const NAME = "Sổ thi đua 2020";
const LEAP = "29/02/2020";

/** The made year end as the office would leave it in December: closed, checked, its score tabs made. */
function december(): Workbook {
  const wb = madeYearEnd();
  wb.untracked(() => wb.ss.rename(NAME));
  wb.set(TAB.clusters, wb.findRow(TAB.clusters, CLUSTER.id, "4"), CLUSTER.deadline, LEAP);
  wb.sb.services.ui.alertAnswers.push("YES");
  wb.sb.call("closeEmulationYear");
  wb.sb.call("prepareScoreSheets");
  wb.sb.call("buildProposalList");
  wb.sb.call("checkData");
  return wb;
}

const column = (d: Dump, tab: string, header: string) => {
  const [head = [], ...rows] = d[tab] ?? [];
  const c = head.indexOf(header);
  return rows.map((r) => r[c]);
};
/** A Date one year later, 29/02 → 28/02. */
const nextYear = (v: unknown) => {
  const d = v as Date;
  const leap = d.getMonth() === 1 && d.getDate() === 29;
  return new Date(d.getFullYear() + 1, d.getMonth(), leap ? 28 : d.getDate());
};
const setting = (d: Dump, key: string) =>
  (d[TAB.config] ?? []).find((r) => r[0] === key)?.[(d[TAB.config]?.[0] ?? []).indexOf(CONFIG.value)];

let wb: Workbook;
let before: Dump;
let after: Dump;
let copy: FakeSpreadsheet;
let next: Dump;

beforeAll(() => {
  wb = december();
  before = snapshot(wb.ss);
  wb.sb.call("createNextYearBook");
  after = snapshot(wb.ss);
  const book = [...wb.sb.services.drive.store.files.values()].find((f) => f.name === "Sổ thi đua 2021");
  copy = wb.sb.services.app.openById(book?.id ?? "") as unknown as FakeSpreadsheet;
  next = snapshot(copy);
});

describe("Tạo sổ năm sau", () => {
  it("makes a copy named for 2021 in the same folder, and a dialog that links to it", () => {
    expect(copy.getName()).toBe("Sổ thi đua 2021");
    const dialog = wb.sb.services.ui.dialogs.at(-1);
    expect(dialog?.title).toBe("Tạo sổ năm sau");
    const html = String(dialog?.html.getContent());
    expect(html).toContain(`href="${copy.getUrl()}"`);
    expect(html).toContain("Mở &#39;Sổ thi đua 2021&#39;");
    expect(html).toContain("Sổ năm nay không thay đổi.");
  });

  it("leaves this year's book as it was, but for one line of Nhật ký", () => {
    const { [TAB.log]: logAfter, ...rest } = after;
    const { [TAB.log]: logBefore, ...was } = before;
    expect(rest).toEqual(was);
    expect(logAfter?.length).toBe((logBefore?.length ?? 0) + 1);
    expect(logAfter?.at(-1)?.[2]).toBe("Tạo sổ năm sau");
  });

  it("Cấu hình: Năm thi đua 2021, every date a year on, every other setting kept", () => {
    expect(setting(next, SETTING.year)).toBe(2021);
    for (const key of [SETTING.deadline, SETTING.referenceDate])
      expect(setting(next, key)).toEqual(nextYear(setting(before, key)));
    const others = (d: Dump) =>
      (d[TAB.config] ?? []).filter(
        (r) => ![SETTING.year, SETTING.deadline, SETTING.referenceDate].includes(r[0] as never),
      );
    expect(others(next)).toEqual(others(before));
  });

  it("Cụm thi đua: a cluster's own deadline moves a year on, 29/02/2020 → 28/02/2021; the rest is kept", () => {
    const deadlines = column(next, TAB.clusters, CLUSTER.deadline);
    const was = column(before, TAB.clusters, CLUSTER.deadline);
    expect(deadlines).toEqual(was.map((d) => (d instanceof Date ? nextYear(d) : d)));
    expect(deadlines.filter((d) => d instanceof Date)).toEqual([new Date(2021, 1, 28)]);
    const without = (d: Dump) => (d[TAB.clusters] ?? []).map((r) => r.filter((_, i) => i !== 4));
    expect(without(next)).toEqual(without(before));
  });

  it("Tiến độ: every Hạn a year on, Ngày hoàn thành and Trạng thái emptied, their highlights gone", () => {
    expect(column(next, TAB.timeline, TASK.deadline)).toEqual(
      column(before, TAB.timeline, TASK.deadline).map(nextYear),
    );
    expect(column(before, TAB.timeline, TASK.done).some((d) => d !== "")).toBe(true);
    for (const h of [TASK.done, TASK.state])
      expect(column(next, TAB.timeline, h).every((v) => v === "")).toBe(true);
    expect(column(next, TAB.timeline, TASK.content)).toEqual(column(before, TAB.timeline, TASK.content));
    const sheet = copy.getSheetByName(TAB.timeline);
    const fills = wb.untracked(() => sheet?.getRange(2, 1, 28, 9).getBackgrounds()) ?? [];
    expect(fills.flat().every((c) => c === "#ffffff")).toBe(true);
  });

  it("keeps the setup tabs, the criteria, the guide and the whole history, this year included", () => {
    for (const tab of [TAB.units, TAB.titles, TAB.criteria, TAB.guide, TAB.history])
      expect(next[tab], tab).toEqual(before[tab]);
    expect(column(next, TAB.history, "Năm").filter((y) => y === 2020)).toHaveLength(18);
  });

  it("empties the registrations and the scores, keeping headers and dropdowns", () => {
    for (const id of ["1", "2", "10"]) {
      expect(next[clusterTabName(id)], id).toEqual([before[clusterTabName(id)]?.[0]]);
      expect(next[scoreTabName(id)]?.slice(0, 1)).toEqual(before[scoreTabName(id)]?.slice(0, 1));
      expect(
        next[scoreTabName(id)]
          ?.slice(1)
          .flat()
          .every((v) => v === ""),
      ).toBe(true);
    }
    const tab = copy.getSheetByName(clusterTabName("1"));
    const unitColumn = (before[clusterTabName("1")]?.[0] ?? []).indexOf(REG.unit) + 1;
    expect(wb.untracked(() => tab?.getRange(2, unitColumn).getDataValidation())).not.toBeNull();
  });

  it("empties the dossier's documents and the campaigns' plans, keeping the clusters and the campaigns", () => {
    expect(column(next, TAB.dossier, DOSSIER.cluster)).toEqual(column(before, TAB.dossier, DOSSIER.cluster));
    for (const h of [DOSSIER.plan, DOSSIER.submitted, DOSSIER.status])
      expect(column(next, TAB.dossier, h).every((v) => v === "")).toBe(true);
    for (const h of [CAMPAIGN.name, CAMPAIGN.office])
      expect(column(next, TAB.campaigns, h)).toEqual(column(before, TAB.campaigns, h));
    for (const h of [CAMPAIGN.plan, CAMPAIGN.criteria, CAMPAIGN.participants, CAMPAIGN.date])
      expect(column(next, TAB.campaigns, h).every((v) => v === "")).toBe(true);
  });

  it("drops the generated BC tabs and empties Nhật ký", () => {
    expect(
      Object.keys(before)
        .filter((t) => t.startsWith("BC "))
        .sort(),
    ).toEqual(["BC Kiểm tra", "BC Đề nghị khen thưởng"]);
    expect(Object.keys(next).filter((t) => t.startsWith("BC "))).toEqual([]);
    expect(next[TAB.log]).toEqual([before[TAB.log]?.[0]]);
  });
});

describe("Tạo sổ năm sau refuses", () => {
  const refusal = (wb: Workbook) => {
    const files = wb.sb.services.drive.store.files.size;
    wb.sb.call("createNextYearBook");
    expect(wb.sb.services.drive.store.files.size).toBe(files);
    return wb.sb.services.ui.alerts.at(-1)?.prompt ?? "";
  };

  it("while this year's results are not all in Lịch sử khen thưởng", () => {
    expect(refusal(madeYearEnd())).toContain(
      "Còn 18 kết quả của năm 2020 chưa ghi vào 'Lịch sử khen thưởng'",
    );
  });

  it("while Năm thi đua is not a year", () => {
    const wb = madeYearEnd();
    wb.setSetting(SETTING.year, "hai nghìn");
    expect(refusal(wb)).toContain("'Năm thi đua' phải là một năm, ví dụ 2020, đang là 'hai nghìn'");
  });
});
