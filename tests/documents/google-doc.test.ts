import { beforeAll, describe, expect, it } from "vitest";
import { SETTING, TAB } from "../../src/core/contract/workbook";
import type { Workbook } from "../../tools/fixtures/clean-workbook";
import {
  type DumpBlock,
  type DumpCell,
  type DumpParagraph,
  type DumpTable,
  pdfText,
  snapshot,
} from "../../tools/gas-sandbox";
import { documentsWorkbook, ORDER_UNIT, SIGNER } from "./documents-workbook";

const SHEET_FOLDER = "fake-folder-so-thi-dua";
const NAME = "2020 - Danh sách đăng ký thi đua - 05.03.2020";
const CAPTION = "Danh sách đăng ký thi đua (tất cả)";
const MM = 2.835;

const paragraphs = (cell: DumpCell) => cell.content.filter((b): b is DumpParagraph => b.type === "PARAGRAPH");
const docs = (wb: Workbook) => [...wb.sb.services.documents.documents.keys()];
const logLines = (wb: Workbook) => (snapshot(wb.ss)[TAB.log] ?? []).slice(1).map((r) => r.map(String));

describe("Danh sách đăng ký thi đua as a Google Doc and a PDF", () => {
  let wb: Workbook;
  let body: DumpBlock[];
  beforeAll(() => {
    wb = documentsWorkbook();
    // A day and a month below 10: the date line writes them with a leading zero.
    wb.setSetting(SETTING.referenceDate, "05/03/2020");
    wb.sb.call("reportRegistrationList");
    const [id] = docs(wb);
    body = wb.sb.services.documents.dump(id as string).body;
  }, 120_000);

  it("is an A4 portrait page with NĐ 30's margins: 20 mm top and bottom, 30 mm left, 15 mm right", () => {
    const [id] = docs(wb);
    const page = wb.sb.services.documents.dump(id as string).page;
    expect(page.pageWidth).toBeCloseTo(210 * MM, 1);
    expect(page.pageHeight).toBeCloseTo(297 * MM, 1);
    expect([page.marginTop, page.marginBottom, page.marginLeft, page.marginRight]).toEqual([
      20 * MM,
      20 * MM,
      30 * MM,
      15 * MM,
    ]);
  });

  it("opens with the two-column header: bodies and number left, nation, motto and the dated place right", () => {
    const header = body[0] as DumpTable;
    expect(header.type).toBe("TABLE");
    expect(header.borderWidth).toBe(0);
    const [[issuer, nation], [number, date]] = header.rows as [[DumpCell, DumpCell], [DumpCell, DumpCell]];
    const left = paragraphs(issuer);
    expect(left.map((p) => [p.text, p.bold])).toEqual([
      ["UBND THỊ XÃ SƠN TÂY", false],
      ["HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THỊ XÃ SƠN TÂY", true],
      [expect.stringMatching(/^_+$/), false],
    ]);
    const right = paragraphs(nation);
    expect(right.map((p) => [p.text, p.bold])).toEqual([
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true],
      ["Độc lập - Tự do - Hạnh phúc", true],
      [expect.stringMatching(/^_+$/), false],
    ]);
    expect(paragraphs(number)[0]?.text).toBe("Số:       /DS-HĐTĐKT");
    expect(paragraphs(date)[0]).toMatchObject({ text: "Sơn Tây, ngày 05 tháng 03 năm 2020", italic: true });
    for (const p of [...left, ...right]) expect(p.alignment).toBe("CENTER");
  });

  it("follows with the title, the summary line, the text, the tables and, last, recipients and signature", () => {
    const texts = body.map((b) => (b.type === "PARAGRAPH" ? b.text : "<table>"));
    const title = texts.indexOf("DANH SÁCH");
    expect(title).toBeGreaterThan(0);
    expect(texts[title + 1]).toBe("Đăng ký thi đua năm 2020 của các cụm thi đua");
    for (const p of [body[title], body[title + 1]])
      expect(p).toMatchObject({ bold: true, fontSize: 14, alignment: "CENTER" });
    expect(body[title + 2]).toMatchObject({ alignment: "JUSTIFY", indentFirstLine: 10 * MM, fontSize: 14 });
    const list = body[title + 3] as DumpTable;
    expect(list.type).toBe("TABLE");
    expect(list.rows[0]?.map((c) => c.text)).toEqual([
      "STT",
      "Tên tập thể / Họ và tên",
      "Chức vụ",
      "Danh hiệu, hình thức khen thưởng đăng ký",
      "Tên mô hình, sáng kiến",
    ]);
    for (const c of list.rows[0] ?? [])
      expect(paragraphs(c)[0]).toMatchObject({ bold: true, alignment: "CENTER" });
    // A section row: its number under STT, its heading beside it, in bold.
    expect(list.rows[1]?.slice(0, 2).map((c) => [c.text, paragraphs(c)[0]?.bold])).toEqual([
      ["I", true],
      ["CỤM THI ĐUA SỐ 1 – KHỐI PHƯỜNG", true],
    ]);
    expect(list.rows[2]?.[1]).toMatchObject({ text: ORDER_UNIT });
    expect(list.rows[3]?.[0]).toMatchObject({ text: "1" });
    expect(paragraphs(list.rows[3]?.[1] as DumpCell)[0]?.bold).not.toBe(true);
    const closing = body.filter((b): b is DumpTable => b.type === "TABLE").at(-1) as DumpTable;
    expect(body.indexOf(closing)).toBeGreaterThan(title + 3);
    const [recipients, signature] = closing.rows[0] as [DumpCell, DumpCell];
    expect(paragraphs(recipients)[0]).toMatchObject({
      text: "Nơi nhận:",
      bold: true,
      italic: true,
      fontSize: 12,
    });
    expect(paragraphs(recipients).at(-1)).toMatchObject({ text: "- Lưu: VT, NV.", fontSize: 11 });
    const sign = paragraphs(signature);
    expect(sign.slice(0, 2).map((p) => [p.text, p.bold])).toEqual([
      ["TM. HỘI ĐỒNG", true],
      ["CHỦ TỊCH", true],
    ]);
    expect(sign.at(-1)).toMatchObject({ text: SIGNER, bold: true, alignment: "CENTER" });
  });

  it("is set in Times New Roman throughout", () => {
    const all = (blocks: DumpBlock[]): DumpParagraph[] =>
      blocks.flatMap((b) =>
        b.type === "PARAGRAPH" ? [b] : b.rows.flatMap((r) => r.flatMap((c) => all(c.content))),
      );
    const written = all(body).filter((p) => p.text !== "");
    expect(written.length).toBeGreaterThan(100);
    expect(written.filter((p) => p.fontFamily !== "Times New Roman").map((p) => p.text)).toEqual([]);
  });

  it("is filed with its PDF in the spreadsheet's folder, and a dialog links to both in a new tab", () => {
    const files = wb.sb.services.drive.store.filesIn(SHEET_FOLDER);
    const doc = files.find((f) => f.name === NAME);
    const pdf = files.find((f) => f.name === `${NAME}.pdf`);
    expect(doc?.mimeType).toBe("application/vnd.google-apps.document");
    expect(pdf?.mimeType).toBe("application/pdf");
    const text = pdfText(pdf?.bytes as Uint8Array).join("\n");
    expect(text).toContain("DANH SÁCH");
    expect(text).toContain(ORDER_UNIT);
    expect(wb.sb.services.ui.alerts).toEqual([]);
    const dialog = wb.sb.services.ui.dialogs.at(-1);
    expect(dialog).toMatchObject({ kind: "modal", title: CAPTION });
    const html = dialog?.html.getContent() ?? "";
    expect(html).toContain(
      `href="https://docs.google.com/document/d/${doc?.id}/edit?usp=drivesdk" target="_blank"`,
    );
    expect(html).toContain(
      `href="https://drive.google.com/file/d/${pdf?.id}/view?usp=drivesdk" target="_blank"`,
    );
    expect(html).toContain(NAME);
  });

  it("rebuilds BC Danh sách đăng ký with the same list, and records the document in Nhật ký", () => {
    const tab = (snapshot(wb.ss)["BC Danh sách đăng ký"] ?? []).map((r) => r.map(String));
    expect(tab[0]?.[0]).toBe("DANH SÁCH");
    expect(tab.some((r) => r[0] === "I. CỤM THI ĐUA SỐ 1 – KHỐI PHƯỜNG")).toBe(true);
    expect(tab.some((r) => r[0] === ORDER_UNIT)).toBe(true);
    expect(tab.some((r) => r[1] === "Trần Thị An" && r[3] === "Lao động tiên tiến")).toBe(true);
    const last = logLines(wb).at(-1) as string[];
    expect(last).toContain("Lập văn bản: Danh sách đăng ký thi đua");
    expect(last.join(" ")).toContain(`'${NAME}' (Google Tài liệu và PDF) trong thư mục chứa bảng tính`);
  });
});
