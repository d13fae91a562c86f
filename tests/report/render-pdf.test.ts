import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "../../tools/report/render-pdf";
import { launchChromium } from "../browser/helpers/browser";
import { EDGE_MODEL } from "./edge-models";
import { type PdfPage, readPdf } from "./helpers/pdf-text";
import { norm } from "./helpers/reading-order";
import { REGISTRATION_LIST, SUMMARY_REPORT } from "./sample-models";

let browser: Browser;
let pdfs: Buffer[];
let list: PdfPage[];
let summary: PdfPage[];

beforeAll(async () => {
  browser = await launchChromium();
  pdfs = await renderPdf([REGISTRATION_LIST, SUMMARY_REPORT, EDGE_MODEL], browser);
  [list, summary] = (await Promise.all(pdfs.slice(0, 2).map(readPdf))) as [PdfPage[], PdfPage[]];
}, 120_000);
afterAll(() => browser?.close());

const listTable = REGISTRATION_LIST.body.find((b) => b.kind === "table")!;
const headerRow = norm(listTable.columns.map((c) => c.header).join(" "));
const names = listTable.rows.flatMap((r) => (r.kind === "data" ? [norm(r.cells[1] ?? "")] : []));

describe("the PDF of a document", () => {
  it("gives one PDF per model, in order", () => {
    expect(pdfs).toHaveLength(3);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("spreads the 70-row list over a few A4 portrait pages, the summary over landscape ones", () => {
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.length).toBeLessThanOrEqual(7);
    for (const p of list) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(3);
    for (const p of summary) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  it("opens with the header, the title and the summary line", () => {
    const first = list[0]!.text;
    const at = (s: string) => first.indexOf(norm(s));
    const order = [
      "UBND THỊ XÃ SƠN TÂY",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Sơn Tây, ngày 03 tháng 01 năm 2020",
      "DANH SÁCH",
    ];
    const positions = [...order, "Đăng ký thi đua năm 2020 của các cụm thi đua"].map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(summary[0]!.text).toContain("BÁO CÁO");
  });

  it("repeats the table's header row on every page that holds rows, and numbers pages from the second", () => {
    list.forEach((page, i) => {
      if (i === 0) expect(page.text.startsWith("1 ")).toBe(false);
      else expect(page.text.startsWith(`${i + 1} `)).toBe(true);
      if (names.some((n) => page.text.includes(n))) expect(page.text).toContain(headerRow);
    });
  });

  it("keeps every row, once, in order, and ends with the recipients and the signature", () => {
    const all = list.map((p) => p.text).join(" ");
    let from = 0;
    for (const name of names) {
      const at = all.indexOf(name, from);
      expect(at, name).toBeGreaterThanOrEqual(from);
      from = at + name.length;
    }
    const last = list.at(-1)!.text;
    expect(last).toContain("Nơi nhận:");
    expect(last.indexOf("TM. HỘI ĐỒNG")).toBeLessThan(last.indexOf("Nguyễn Quang Hưởng"));
  });

  it("prints in Times New Roman or its twin Tinos, never a fallback font", () => {
    for (const pdf of pdfs) {
      const fonts = new Set(
        [...pdf.toString("latin1").matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]),
      );
      expect(fonts.size).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^(Tinos|TimesNewRoman)/);
    }
  });
});
