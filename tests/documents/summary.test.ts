import { beforeAll, describe, expect, it } from "vitest";
import { clusterTabName, REG } from "../../src/core/contract/workbook";
import type { Chart, DocumentModel, Table, TableRow } from "../../src/core/documents/model";
import type { CheckDataResult } from "../../src/core/use-cases/check-data";
import type { DocumentModels } from "../../src/core/use-cases/make-document";
import { CLUSTER_IDS, UNITS, type Workbook } from "../../tools/fixtures/clean-workbook";
import { documentsWorkbook, LATE_UNIT, SILENT_UNIT } from "./documents-workbook";

const data = (rows: readonly TableRow[]) =>
  rows
    .filter((r): r is Extract<TableRow, { kind: "data" | "total" }> => r.kind !== "group")
    .map((r) => r.cells);
const firstTable = (m: DocumentModel) => m.body.find((b): b is Table => b.kind === "table") as Table;

describe("Tổng hợp theo cụm và danh hiệu", () => {
  let wb: Workbook;
  let summary: DocumentModel;
  let list: DocumentModel;
  let check: CheckDataResult;
  beforeAll(() => {
    wb = documentsWorkbook();
    const result = wb.sb.call("reportDocuments_", [
      "tong-hop-cum-danh-hieu",
      "danh-sach-dang-ky",
    ]) as DocumentModels;
    [summary, list] = JSON.parse(JSON.stringify(result.models)) as [DocumentModel, DocumentModel];
    check = JSON.parse(JSON.stringify(wb.sb.call("checkData_"))) as CheckDataResult;
  }, 120_000);

  /** Registration rows of every cluster tab, and those the checks marked with an error. */
  function rowsAndErrors(): { rows: number; withError: number } {
    let rows = 0;
    for (const id of CLUSTER_IDS) {
      const tab = clusterTabName(id);
      const last = wb.lastRow(tab);
      for (let r = 2; r <= last; r++) if (wb.get(tab, r, REG.unit) !== "") rows++;
    }
    const errorRows = new Set(
      check.findings
        .filter((f) => f.severity === "Lỗi" && f.row !== null && f.sheet?.startsWith("Cụm "))
        .map((f) => `${f.sheet}:${f.row}`),
    );
    return { rows, withError: errorRows.size };
  }

  it("counts exactly the rows Kiểm tra dữ liệu finds without error, as the registration list lists them", () => {
    const { rows, withError } = rowsAndErrors();
    const table = firstTable(summary);
    const total = data(table.rows).at(-1) as string[];
    const header = table.columns.map((c) => c.header);
    const at = (h: string) => Number(total[header.indexOf(h)]);
    expect(total[1]).toBe("Tổng cộng");
    expect(at("Tập thể") + at("Cá nhân")).toBe(rows - withError);
    const listed = data(firstTable(list).rows).length;
    expect(at("Tập thể") + at("Cá nhân")).toBe(listed);
    // Each cluster's titles add up to its collectives and individuals, and the clusters to the total.
    const titleColumns = header.slice(2, header.indexOf("Tập thể"));
    for (const line of data(table.rows)) {
      const perTitle = titleColumns.reduce((n, h) => n + Number(line[header.indexOf(h)]), 0);
      expect(perTitle).toBe(
        Number(line[header.indexOf("Tập thể")]) + Number(line[header.indexOf("Cá nhân")]),
      );
    }
    expect(
      data(table.rows)
        .slice(0, -1)
        .reduce((n, l) => n + Number(l[header.indexOf("LĐTT")]), 0),
    ).toBe(at("LĐTT"));
  });

  it("counts the units registered on time out of all, as DV01 and DV02 say", () => {
    const total = data(firstTable(summary).rows).at(-1) as string[];
    const cut = check.findings.filter((f) => f.code === "DV01" || f.code === "DV02");
    expect(cut.map((f) => f.unit).sort()).toEqual([LATE_UNIT, SILENT_UNIT].sort());
    expect(total.at(-1)).toBe(`${UNITS.length - cut.length}/${UNITS.length}`);
    const cluster3 = data(firstTable(summary).rows)[2] as string[];
    expect(cluster3[1]).toBe("Cụm 3 – Khối cơ quan tổng hợp, nội chính");
    const units3 = UNITS.filter((u) => u.cluster === "3").length;
    expect(cluster3.at(-1)).toBe(`${units3 - 1}/${units3}`);
  });

  it("draws collectives and individuals per cluster, the same numbers as the table", () => {
    const chart = summary.body.find((b): b is Chart => b.kind === "chart") as Chart;
    const table = firstTable(summary);
    const header = table.columns.map((c) => c.header);
    const lines = data(table.rows).slice(0, -1);
    expect(chart.categories).toEqual(CLUSTER_IDS.map((id) => `Cụm ${id}`));
    expect(chart.series.map((s) => s.name)).toEqual(["Tập thể", "Cá nhân"]);
    expect(chart.series[0]?.values).toEqual(lines.map((l) => Number(l[header.indexOf("Tập thể")])));
    expect(chart.series[1]?.values).toEqual(lines.map((l) => Number(l[header.indexOf("Cá nhân")])));
  });

  it("is a landscape BÁO CÁO numbered BC, its abbreviations explained under the table", () => {
    expect(summary.orientation).toBe("landscape");
    expect(summary.title).toBe("BÁO CÁO");
    expect(summary.header.number).toBe("Số:       /BC-HĐTĐKT");
    const header = firstTable(summary).columns.map((c) => c.header);
    // Collective titles first, then individual ones, in Danh hiệu order.
    expect(header.slice(2, 7)).toEqual(["TTLĐTT", "TTLĐXS", "CTĐTP", "LĐTT", "CSTĐCS"]);
    expect(summary.body).toContainEqual(
      expect.objectContaining({
        kind: "paragraph",
        text: expect.stringContaining("LĐTT: Lao động tiên tiến"),
      }),
    );
  });
});
