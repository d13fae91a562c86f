import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/core/documents/model";
import { renderDocx } from "../../tools/report/render-docx";
import { textWidthPt } from "../../tools/report/text-width";
import { EDGE_MODEL, MARKUP, NFD_NAME } from "./edge-models";
import {
  attr,
  cells,
  type DocxParts,
  openDocx,
  paragraphs,
  rows,
  tables,
  textOf,
  textRuns,
} from "./helpers/docx-xml";
import { docxReadingOrder, modelReadingOrder } from "./helpers/reading-order";
import { REGISTRATION_LIST, SUMMARY_REPORT } from "./sample-models";

const render = async (model: DocumentModel): Promise<DocxParts> => openDocx(await renderDocx(model));
const bold = (xml: string) => /<w:b\/>/.test(xml);
const italic = (xml: string) => /<w:i\/>/.test(xml);
const size = (xml: string) => attr(xml, "w:sz", "w:val");
/** The paragraph whose text is exactly `text`. */
const para = (xml: string, text: string) => paragraphs(xml).find((p) => textOf(p) === text) as string;

describe("the Word file of a registration list", async () => {
  const { document, styles } = await render(REGISTRATION_LIST);
  const [header, data, closing] = tables(document) as [string, string, string];

  it("is A4 portrait with margins of 20, 20, 30 and 15 mm", () => {
    expect([attr(document, "w:pgSz", "w:w"), attr(document, "w:pgSz", "w:h")]).toEqual([11906, 16838]);
    expect(document).not.toMatch(/w:orient="landscape"/);
    const margin = (side: string) => attr(document, "w:pgMar", `w:${side}`);
    expect([margin("top"), margin("bottom"), margin("left"), margin("right")]).toEqual([
      1134, 1134, 1701, 850,
    ]);
  });

  it("numbers pages at the top centre from the second page on", async () => {
    const { document, zip } = await render(REGISTRATION_LIST);
    expect(document).toContain("<w:titlePg/>");
    const parts = await Promise.all(zip.file(/^word\/header\d+\.xml$/).map((f) => f.async("string")));
    const [numbered, first] = [
      parts.filter((p) => p.includes("PAGE")),
      parts.filter((p) => !p.includes("PAGE")),
    ];
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    // The first page's header is empty, but has the paragraph Word requires.
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/<w:p[ />]/);
  });

  it("sets every text run in Times New Roman, the default style too", () => {
    const runs = textRuns(document);
    expect(runs.length).toBeGreaterThan(250);
    for (const r of runs) expect(r).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman"');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/);
  });

  it("lays out the header in two columns: issuer side left, nation side right, number and date below", () => {
    const [top, second] = rows(header).map(cells) as [string[], string[]];
    const lines = (cell: string) => paragraphs(cell).map(textOf).filter(Boolean);
    // The issuer is broken where its two lines are most even, never before the dash.
    expect(lines(top[0] as string)).toEqual(["UBND THỊ XÃ SƠN TÂY", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"]);
    expect(para(top[0] as string, "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG")).toMatch(
      /ĐUA –<\/w:t><\/w:r><w:r>.*<w:br\/>/,
    );
    expect(lines(top[1] as string)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(bold(para(top[0] as string, "UBND THỊ XÃ SƠN TÂY"))).toBe(false);
    // The number keeps the clerk's blank, spaces and all.
    expect(second[0]).toContain('<w:t xml:space="preserve">Số:       /DS-HĐTĐKT</w:t>');
    const date = paragraphs(second[1] as string)[0] as string;
    expect(textOf(date)).toBe("Sơn Tây, ngày 03 tháng 01 năm 2020");
    expect(italic(textRuns(date)[0] as string)).toBe(true);
    expect(header).not.toMatch(/<w:top w:val="single"/);
  });

  it("draws a short rule under the issuer and one as long as the motto under it", () => {
    const [left, right] = cells(rows(header)[0] as string) as [string, string];
    const ruleOf = (cell: string) => paragraphs(cell).find((p) => p.includes("<w:pBdr>")) as string;
    for (const cell of [left, right]) expect(ruleOf(cell)).toMatch(/<w:bottom w:val="single"/);
    // A rule is its column's text width less the indents on both sides.
    const ruleLength = (cell: string) =>
      (attr(cell, "w:tcW", "w:w") ?? 0) - 170 - 2 * (attr(ruleOf(cell), "w:ind", "w:left") ?? 0);
    const twips = (text: string) => textWidthPt(text, 13, true) * 20;
    const issuerLine = twips("HỘI ĐỒNG THI ĐUA –");
    expect(ruleLength(left)).toBeGreaterThanOrEqual(Math.floor(issuerLine / 3));
    expect(ruleLength(left)).toBeLessThanOrEqual(Math.ceil(issuerLine / 2));
    expect(Math.abs(ruleLength(right) - twips("Độc lập - Tự do - Hạnh phúc"))).toBeLessThanOrEqual(2);
  });

  it("marks only the first row of the data table as a header to repeat, bold and centred", () => {
    const all = rows(data);
    expect(all[0]).toContain("<w:tblHeader/>");
    expect(all.slice(1).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    const head = cells(all[0] as string);
    expect(head.map(textOf)).toEqual([
      "STT",
      "Tên tập thể / Họ và tên",
      "Chức vụ, đơn vị",
      "Danh hiệu đăng ký",
      "Sáng kiến, mô hình",
    ]);
    for (const c of head) expect(bold(c) && c.includes('<w:jc w:val="center"/>')).toBe(true);
    for (const r of all) expect(r).toContain("<w:cantSplit/>");
  });

  it("sets group rows across all columns in bold, cells centred vertically, widths in proportion", () => {
    const group = rows(data).find((r) => textOf(r) === "I. CỤM THI ĐUA SỐ 1 – KHỐI PHƯỜNG") as string;
    expect(group).toContain('<w:gridSpan w:val="5"/>');
    expect(bold(group)).toBe(true);
    const row = rows(data).find((r) => textOf(r).startsWith("9")) as string;
    expect(cells(row).every((c) => c.includes('<w:vAlign w:val="center"/>'))).toBe(true);
    const grid = [...data.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, w) => a + w, 0)).toBe(9354);
    expect(grid.map((w) => Math.round((w / 9354) * 100))).toEqual([8, 22, 26, 20, 24]);
    expect(size(textRuns(row)[0] as string)).toBe(26);
  });

  it("puts the recipients left and the signature right, side by side", () => {
    const [left, right] = cells(rows(closing)[0] as string) as [string, string];
    const label = para(left, "Nơi nhận:");
    expect(bold(label) && italic(label) && size(textRuns(label)[0] as string) === 24).toBe(true);
    expect(size(textRuns(para(left, "- Lưu: VT, NV."))[0] as string)).toBe(22);
    const lines = paragraphs(right).map(textOf);
    expect(lines).toEqual(["TM. HỘI ĐỒNG", "CHỦ TỊCH", "", "", "", "", "Nguyễn Quang Hưởng"]);
    expect(bold(para(right, "Nguyễn Quang Hưởng")) && bold(para(right, "CHỦ TỊCH"))).toBe(true);
  });

  it("shows every text of the model once, in reading order", () => {
    expect(docxReadingOrder(document)).toEqual(modelReadingOrder(REGISTRATION_LIST));
  });
});

describe("the Word file of other documents", () => {
  it("turns a landscape model's page", async () => {
    const { document } = await render(SUMMARY_REPORT);
    expect([attr(document, "w:pgSz", "w:w"), attr(document, "w:pgSz", "w:h")]).toEqual([16838, 11906]);
    expect(document).toMatch(/w:orient="landscape"/);
    const total = rows(tables(document)[1] as string).at(-1) as string;
    expect(textOf(total)).toBe("Tổng cộng18910519");
    expect(textRuns(total).every(bold)).toBe(true);
  });

  it("embeds a chart picture it is given, and shows the numbers when it has none", async () => {
    const png = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, ...new Array(64).fill(0)]);
    const withPicture = await openDocx(
      await renderDocx(SUMMARY_REPORT, { chartImages: [{ png, width: 640, height: 300 }] }),
    );
    const media = withPicture.files.filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    expect(new Uint8Array(await withPicture.zip.file(media[0] as string)!.async("uint8array"))).toEqual(png);
    expect(withPicture.document).toContain("<w:drawing>");
    const without = await render(SUMMARY_REPORT);
    expect(without.document).not.toContain("<w:drawing>");
    expect(docxReadingOrder(without.document)).toEqual(modelReadingOrder(SUMMARY_REPORT, true));
  });

  it("escapes markup, writes names in NFC, and leaves out what the model does not have", async () => {
    const { document } = await render(EDGE_MODEL);
    expect(document).toContain("&lt;script&gt;");
    expect(document).not.toContain("<script>");
    expect(docxReadingOrder(document)).toContain(MARKUP);
    expect(document).toContain(NFD_NAME.normalize("NFC"));
    expect(document).not.toContain(NFD_NAME);
    expect(docxReadingOrder(document)[0]).toBe("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
    expect(docxReadingOrder(document).at(-1)).toBe("- Lưu: VT.");
  });
});
