import { describe, expect, it } from "vitest";
import type { Cell } from "../../../../src/core/cell";
import { DOSSIER, HEADERS, TAB } from "../../../../src/core/contract/workbook";
import { civilDate } from "../../../../src/core/dates/civil-date";
import { checkDossier, DOSSIER_DOCUMENTS } from "../../../../src/core/rules/dossier/check-dossier";
import type { Snapshot } from "../../../../src/core/table";
import { dateCell, planIndex } from "../plan-fixture";

const index = planIndex({
  today: civilDate(10, 3, 2020),
  deadline: civilDate(28, 2, 2020),
  clusters: [
    { id: "1", name: "Khối phường" },
    { id: "2" },
    { id: "GD1", ownDeadline: civilDate(15, 9, 2020) },
  ],
});

const headers = HEADERS[TAB.dossier] ?? [];
const DOCS_DONE = ["https://drive.google.com/file/d/abc", "Đã nộp", "QĐ số 12/QĐ-UBND", "Đã nộp", "Đã nộp"];

/** A dossier row in the contract's column order. */
const row = (cluster: Cell, docs: Cell[], submitted: Cell): Cell[] => [cluster, ...docs, submitted, ""];
const snapshot = (...rows: Cell[][]): Snapshot => ({
  grids: [{ name: TAB.dossier, values: [headers, ...rows] }],
});
const codes = (s: Snapshot) => checkDossier(s, index).map((f) => `${f.code}@${f.row}`);
const complete = [
  row("1", DOCS_DONE, "20/02/2020"),
  row("2", DOCS_DONE, "20/02/2020"),
  row("GD1", DOCS_DONE, ""),
];

describe("checkDossier", () => {
  it("reports nothing when every cluster has a complete dossier submitted on time", () => {
    const s = snapshot(complete[0]!, complete[1]!, row("GD1", DOCS_DONE, "01/09/2020"));
    expect(checkDossier(s, index)).toEqual([]);
  });

  it("reports HS01 for a cluster without a row, on the tab as a whole, naming the cluster", () => {
    const findings = checkDossier(snapshot(row(1, DOCS_DONE, "20/02/2020")), index);
    expect(findings.map((f) => [f.code, f.sheet, f.row])).toEqual([
      ["HS01", TAB.dossier, null],
      ["HS01", TAB.dossier, null],
    ]);
    expect(findings[0]!.message).toContain("Cụm 2");
    expect(findings[1]!.message).toContain("Cụm GD1");
  });

  it("matches a cluster id typed as a number or with other spacing", () => {
    const s = snapshot(row(1, DOCS_DONE, "20/02/2020"), row(" 2 ", DOCS_DONE, "20/02/2020"), complete[2]!);
    expect(codes(s)).toEqual(["HS03@4"]);
  });

  it("reports HS02 once per blank document, naming the document and the cluster", () => {
    const docs = ["", "Đã nộp", "  ", "Đã nộp", "https://example.org/ds"];
    const findings = checkDossier(snapshot(row("1", docs, "20/02/2020"), complete[1]!), index);
    const hs02 = findings.filter((f) => f.code === "HS02");
    expect(hs02.map((f) => [f.row, f.column])).toEqual([
      [2, DOSSIER.plan],
      [2, DOSSIER.criteria],
    ]);
    expect(hs02[0]!.message).toContain(`'${DOSSIER.plan}'`);
    expect(hs02[0]!.message).toContain("Cụm 1 (Khối phường)");
    expect(hs02[0]!.message).toContain("Đã nộp");
  });

  it("accepts a link, 'Đã nộp' or any other text as a present document", () => {
    expect(codes(snapshot(...complete)).filter((c) => c.startsWith("HS02"))).toEqual([]);
  });

  it("counts a dossier submitted on the deadline day as on time, and the day after as late", () => {
    const onTime = checkDossier(snapshot(row("1", DOCS_DONE, "28/02/2020")), index);
    expect(onTime.filter((f) => f.code === "HS03")).toEqual([]);
    const late = checkDossier(snapshot(row("1", DOCS_DONE, "29/02/2020")), index);
    const hs03 = late.filter((f) => f.code === "HS03");
    expect(hs03.map((f) => [f.row, f.column])).toEqual([[2, DOSSIER.submitted]]);
    expect(hs03[0]!.message).toContain("29/02/2020");
    expect(hs03[0]!.message).toContain("28/02/2020");
  });

  it("reads real date cells the same way as dd/mm/yyyy text", () => {
    const s = snapshot(row("1", DOCS_DONE, dateCell(28, 2, 2020)), row("2", DOCS_DONE, dateCell(2, 3, 2020)));
    expect(codes(s).filter((c) => c.startsWith("HS03"))).toEqual(["HS03@3"]);
  });

  it("uses a cluster's own deadline instead of the general one", () => {
    const s = snapshot(row("GD1", DOCS_DONE, "15/09/2020"), row("GD1", DOCS_DONE, dateCell(16, 9, 2020)));
    const hs03 = checkDossier(s, index).filter((f) => f.code === "HS03");
    expect(hs03.map((f) => f.row)).toEqual([3]);
    expect(hs03[0]!.message).toContain("15/09/2020");
  });

  it("reports HS03 for a Ngày nộp that is not a date, quoting it", () => {
    for (const bad of ["28-02-2020", "31/02/2020", "tháng 2", 43889]) {
      const hs03 = checkDossier(snapshot(row("1", DOCS_DONE, bad)), index).filter((f) => f.code === "HS03");
      expect(hs03).toHaveLength(1);
      expect(hs03[0]!.message).toContain(`'${bad}'`);
    }
  });

  it("reports a blank Ngày nộp as HS03 when some document was submitted", () => {
    const docs = ["Đã nộp", "", "", "", ""];
    const hs03 = checkDossier(snapshot(row("1", docs, "")), index).filter((f) => f.code === "HS03");
    expect(hs03).toHaveLength(1);
    expect(hs03[0]!.message).toContain("chưa có Ngày nộp");
  });

  it("leaves a blank Ngày nộp to the five HS02 when nothing was submitted", () => {
    const s = snapshot(row("1", ["", "", "", "", ""], ""), complete[1]!, complete[2]!);
    expect(codes(s)).toEqual(["HS02@2", "HS02@2", "HS02@2", "HS02@2", "HS02@2", "HS03@4"]);
  });

  it("finds columns by header when they are reordered, and keeps sheet row numbers across blank rows", () => {
    const reordered = [
      DOSSIER.submitted,
      ...[...DOSSIER_DOCUMENTS].reverse(),
      "Ghi chú riêng",
      DOSSIER.cluster,
    ];
    const late = ["01/03/2020", "Đã nộp", "Đã nộp", "", "Đã nộp", "Đã nộp", "ghi chú", "2"];
    const fine = [dateCell(27, 2, 2020), ...DOCS_DONE, "", "1"];
    const s: Snapshot = { grids: [{ name: TAB.dossier, values: [reordered, ["", ""], late, [], fine] }] };
    expect(checkDossier(s, index).map((f) => [f.code, f.row, f.column])).toEqual([
      ["HS02", 3, DOSSIER.criteria],
      ["HS03", 3, DOSSIER.submitted],
      ["HS01", null, DOSSIER.cluster],
    ]);
  });

  it("skips rows whose Số cụm is blank or not a cluster of the plan", () => {
    const s = snapshot(...complete, row("99", ["", "", "", "", ""], "x"), row("", ["", "", "", "", ""], "y"));
    expect(codes(s)).toEqual(["HS03@4"]);
  });

  it("reports nothing when the tab or its Số cụm column is missing (BT01/BT02 cover that)", () => {
    expect(checkDossier({ grids: [] }, index)).toEqual([]);
    expect(checkDossier({ grids: [{ name: TAB.dossier, values: [[DOSSIER.plan], [""]] }] }, index)).toEqual(
      [],
    );
  });
});
