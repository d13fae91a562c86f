import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rasteriseCharts } from "../../tools/report/rasterise-charts";
import { renderDocx } from "../../tools/report/render-docx";
import { renderPdf } from "../../tools/report/render-pdf";
import { launchChromium } from "../browser/helpers/browser";
import { showDocx } from "./helpers/docx-preview";
import { shootPdf } from "./helpers/pdf-pages";
import { REGISTRATION_LIST, SUMMARY_REPORT } from "./sample-models";

/** Screenshots to look at (git-ignored): the Word file as docx-preview draws it, and the PDF's pages. */
const OUT = join(process.cwd(), ".tmp", "report");
const MODELS = [REGISTRATION_LIST, SUMMARY_REPORT];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

type Box = { x: number; y: number; width: number; height: number };

/** Boxes of the Word page drawn by docx-preview: header cells, rules, title, chart picture. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const textBox = (el: Element | null | undefined): Box | null => {
      if (!el) return null;
      const range = document.createRange();
      range.selectNodeContents(el);
      return box(range as unknown as Element);
    };
    const section = document.querySelector("section.docx");
    const first = section?.querySelector("table tr");
    const [left, right] = Array.from(first?.querySelectorAll(":scope > td") ?? []);
    const ruled = (cell: Element | undefined) =>
      Array.from(cell?.querySelectorAll("p") ?? []).find(
        (p) => getComputedStyle(p).borderBottomStyle === "solid",
      );
    const byText = (text: string) =>
      Array.from(section?.querySelectorAll("p") ?? []).find((p) => p.textContent === text);
    return {
      page: box(section),
      left: box(left),
      right: box(right),
      issuer: textBox(left?.querySelectorAll("p")[1]),
      issuerRule: box(ruled(left)),
      motto: textBox(byText("Độc lập - Tự do - Hạnh phúc")),
      mottoRule: box(ruled(right)),
      title: textBox(section?.querySelector("table ~ p")),
      images: Array.from(section?.querySelectorAll("img") ?? []).map(
        (i) => (i as HTMLImageElement).naturalWidth,
      ),
    };
  });
}

describe("looking at the documents", () => {
  for (const model of MODELS) {
    it(`draws the Word file of "${model.title}" as an official page reads`, async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      try {
        await showDocx(page, await renderDocx(model, { chartImages: await rasteriseCharts(model, browser) }));
        await page.screenshot({ path: join(OUT, `${model.kind}-docx.png`) });
        await page.screenshot({ path: join(OUT, `${model.kind}-docx-full.png`), fullPage: true });
        const m = await measure(page);
        const centre = (b: Box | null) => (b ? b.x + b.width / 2 : Number.NaN);
        // Both header columns start on the same line.
        expect(Math.abs(m.left!.y - m.right!.y)).toBeLessThan(1);
        // The issuer's rule is centred under it and shorter than it; the motto's is as long as the motto.
        expect(Math.abs(centre(m.issuerRule) - centre(m.issuer))).toBeLessThan(3);
        expect(m.issuerRule!.width).toBeLessThan(m.issuer!.width * 0.6);
        expect(m.issuerRule!.y).toBeGreaterThan(m.issuer!.y + m.issuer!.height - 2);
        expect(Math.abs(m.mottoRule!.width - m.motto!.width)).toBeLessThan(m.motto!.width * 0.05);
        expect(m.mottoRule!.y).toBeGreaterThan(m.motto!.y + m.motto!.height - 2);
        // The title is centred between the margins (30 mm left, 15 mm right: 7.5 mm right of the page's centre).
        const pxPerMm = m.page!.width / (model.orientation === "landscape" ? 297 : 210);
        expect(Math.abs(centre(m.title) - (centre(m.page) + 7.5 * pxPerMm))).toBeLessThan(3);
        const charts = model.body.filter((b) => b.kind === "chart").length;
        expect(m.images.filter((w) => w > 0)).toHaveLength(charts);
      } finally {
        await page.close();
      }
    });
  }

  it("draws the PDF's pages", async () => {
    const pdfs = await renderPdf(MODELS, browser);
    for (const [i, model] of MODELS.entries()) {
      const prefix = join(OUT, `${model.kind}-pdf`);
      const pages = await shootPdf(browser, pdfs[i] as Buffer, prefix);
      expect(pages).toBeGreaterThanOrEqual(model === REGISTRATION_LIST ? 3 : 1);
      expect(statSync(`${prefix}-p1.png`).size).toBeGreaterThan(10_000);
    }
  });
});
