import { describe, expect, it } from "vitest";
import { civilDate } from "../../../src/core/dates/civil-date";
import { documentDialogHtml } from "../../../src/core/documents/dialog-html";
import { documentSheet } from "../../../src/core/documents/document-sheet";
import type { DocumentModel } from "../../../src/core/documents/model";
import { issuerSymbol, placeDateLine } from "../../../src/core/documents/parts";
import { clusterLabel, roman } from "../../../src/core/documents/registration-rows";
import type { Cluster } from "../../../src/core/plan/types";
import { pickLevel } from "../../../src/core/use-cases/make-document";

const cluster = (id: string, name: string) => ({ id, name }) as Cluster;

describe("the pieces every document shares", () => {
  it("writes the date line with a leading zero on days below 10 and months below 10", () => {
    expect(placeDateLine("Sơn Tây", civilDate(3, 1, 2020))).toBe("Sơn Tây, ngày 03 tháng 01 năm 2020");
    expect(placeDateLine("Sơn Tây", civilDate(28, 2, 2020))).toBe("Sơn Tây, ngày 28 tháng 02 năm 2020");
    expect(placeDateLine("Sơn Tây", civilDate(15, 12, 2020))).toBe("Sơn Tây, ngày 15 tháng 12 năm 2020");
    expect(placeDateLine("", civilDate(5, 3, 2027))).toBe("Ngày 05 tháng 03 năm 2027");
  });

  it("takes the issuer's symbol from the initials of Cơ quan before its place, marks dropped but Đ kept", () => {
    expect(issuerSymbol("Hội đồng Thi đua – Khen thưởng thị xã Sơn Tây")).toBe("HĐTĐKT");
    expect(issuerSymbol("Hội đồng Thi đua - Khen thưởng phường Tùng Thiện")).toBe("HĐTĐKT");
    expect(issuerSymbol("Ủy ban nhân dân huyện Ba Vì")).toBe("UBND");
    expect(issuerSymbol("")).toBe("HĐTĐKT");
  });

  it("numbers sections in Roman and names clusters without repeating their number", () => {
    expect([1, 4, 9, 10, 14, 39].map(roman)).toEqual(["I", "IV", "IX", "X", "XIV", "XXXIX"]);
    expect(clusterLabel(cluster("1", "Cụm thi đua số 1 – Khối phường"))).toBe("Cụm 1 – Khối phường");
    expect(clusterLabel(cluster("GD1", "Khối trường học"))).toBe("Cụm GD1 – Khối trường học");
    expect(clusterLabel(cluster("7", ""))).toBe("Cụm 7");
  });

  it("takes a level by its number in the list shown or by its name, and refuses any other", () => {
    const levels = ["Thị xã", "Thành phố"];
    expect(pickLevel(levels, " 2 ")).toBe("Thành phố");
    expect(pickLevel(levels, "THÀNH PHỐ")).toBe("Thành phố");
    expect(() => pickLevel(levels, "3")).toThrow(/Thị xã, Thành phố/);
  });
});

describe("the dialog of a document", () => {
  const html = documentDialogHtml({
    name: "Danh sách đăng ký thi đua",
    fileName: '2020 - <script>alert("x")</script>',
    docUrl: "https://docs.google.com/document/d/abc/edit",
    pdfUrl: "javascript:alert(1)",
    folderName: "Văn thư & <lưu trữ>",
    folderUrl: "https://drive.google.com/drive/folders/f",
    sheet: "BC Danh sách đăng ký",
  });

  it("escapes every text and opens its links in a new tab", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("2020 - &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("Văn thư &amp; &lt;lưu trữ&gt;");
    expect(html).toContain(
      '<a href="https://docs.google.com/document/d/abc/edit" target="_blank" rel="noopener">',
    );
  });

  it("never makes a link of anything but a web address", () => {
    expect(html).not.toContain("javascript:");
    expect(html).toContain('<a href="#" target="_blank" rel="noopener">Mở bản PDF</a>');
  });
});

describe("a document as its BC tab", () => {
  const model: DocumentModel = {
    kind: "thu",
    fileName: "2020 - Thử - 01.02.2020",
    orientation: "portrait",
    header: {
      superior: "UBND THỊ XÃ SƠN TÂY",
      issuer: "HỘI ĐỒNG",
      number: "Số:       /BC-HĐ",
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: "Sơn Tây, ngày 01 tháng 02 năm 2020",
    },
    title: "BÁO CÁO",
    subtitle: ["Thử"],
    body: [
      { kind: "paragraph", text: "Mở đầu." },
      {
        kind: "table",
        columns: [
          { header: "STT", width: 1 },
          { header: "Tên", width: 3 },
        ],
        rows: [
          { kind: "group", label: "I. CỤM 1", level: 1 },
          { kind: "group", label: "Phòng Nội vụ", level: 2 },
          { kind: "data", cells: ["1", "An"] },
          { kind: "total", cells: ["", "Tổng cộng"] },
        ],
      },
      {
        kind: "chart",
        title: "Biểu đồ",
        categories: ["Cụm 1", "Cụm 2"],
        series: [{ name: "Số", values: [3, 5] }],
      },
    ],
    signature: { authority: ["TM. HỘI ĐỒNG", "CHỦ TỊCH"], signer: "Nguyễn Văn Hùng" },
    recipients: ["- Lưu: VT, NV."],
  };
  const sheet = documentSheet(model, "BC Thử");

  it("shows the same content: title lines, the text, the table with its sections, the signature", () => {
    const first = sheet.rows.map((r) => String(r[0] ?? ""));
    expect(first.slice(0, 3)).toEqual([
      "BÁO CÁO",
      "Thử",
      expect.stringContaining("Sơn Tây, ngày 01 tháng 02 năm 2020"),
    ]);
    const at = (text: string) => first.indexOf(text);
    expect(sheet.styles[at("I. CỤM 1")]).toBe("section");
    expect(sheet.styles[at("Phòng Nội vụ")]).toBe("group");
    expect(sheet.rows[at("1")]).toEqual(["1", "An"]);
    expect(sheet.styles.filter((s) => s === "total")).toHaveLength(1);
    expect(sheet.frozenRows).toBe(0);
    expect(sheet.rows.some((r) => r.includes("Nguyễn Văn Hùng"))).toBe(true);
    expect(first).toContain("Nơi nhận:");
  });

  it("draws the chart from its numbers, written in the wide name column, and anchors it beside them", () => {
    const [chart] = sheet.charts;
    expect(chart?.data).toEqual({ row: expect.any(Number), column: 2, rows: 3, columns: 2 });
    const top = chart?.data.row as number;
    expect(sheet.rows.slice(top - 1, top + 2)).toEqual([
      ["", "", "Số"],
      ["", "Cụm 1", 3],
      ["", "Cụm 2", 5],
    ]);
    expect(chart?.anchor.column).toBe(5);
  });
});
