import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/core/documents/model";
import type { DocumentModels } from "../../src/core/use-cases/make-document";
import { buildDemo } from "../../tools/demo/build-demo";
import { rasteriseCharts } from "../../tools/report/rasterise-charts";
import { renderDocx } from "../../tools/report/render-docx";
import { renderPdf } from "../../tools/report/render-pdf";
import { launchChromium } from "../browser/helpers/browser";
import { showDocx } from "./helpers/docx-preview";
import { shootPdf } from "./helpers/pdf-pages";
import { readPdf } from "./helpers/pdf-text";

/** Screenshots of the demo's documents to look at (git-ignored). */
const OUT = join(process.cwd(), ".tmp", "docs");

let browser: Browser;
let models: DocumentModel[];
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const sb = buildDemo();
  sb.setNow(new Date("2020-03-15T09:00:00+07:00")); // past the demo's deadlines
  const result = sb.call("reportDocuments_", [
    "danh-sach-dang-ky",
    "tong-hop-cum-danh-hieu",
  ]) as DocumentModels;
  models = JSON.parse(JSON.stringify(result.models)) as DocumentModel[];
  browser = await launchChromium();
}, 120_000);
afterAll(() => browser?.close());

describe("the demo's registration list and summary, drawn", { timeout: 120_000 }, () => {
  it("read as official documents in Word (docx-preview): header, title, tables, chart, signature", async () => {
    for (const model of models) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      try {
        await showDocx(page, await renderDocx(model, { chartImages: await rasteriseCharts(model, browser) }));
        await page.screenshot({ path: join(OUT, `${model.kind}-docx.png`) });
        await page.screenshot({ path: join(OUT, `${model.kind}-docx-full.png`), fullPage: true });
        const seen = await page.evaluate(() => ({
          pages: document.querySelectorAll("section.docx").length,
          text: document.querySelector("section.docx")?.textContent ?? "",
          images: document.querySelectorAll("section.docx img").length,
          last: Array.from(document.querySelectorAll("section.docx")).at(-1)?.textContent ?? "",
        }));
        expect(seen.text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        expect(seen.text).toContain(model.title);
        expect(seen.text).toContain("Sơn Tây, ngày 15 tháng 03 năm 2020");
        expect(seen.last).toContain("TM. HỘI ĐỒNG");
        expect(seen.images).toBe(model.body.filter((b) => b.kind === "chart").length);
        // docx-preview breaks pages only where the file says so: one section, Word paginates itself.
        expect(seen.pages).toBe(1);
        expect(seen.text).toContain("Cụm 1");
      } finally {
        await page.close();
      }
    }
  });

  it("print as A4 PDF pages, portrait for the list and landscape for the summary", async () => {
    const pdfs = await renderPdf(models, browser);
    for (const [i, model] of models.entries()) {
      const prefix = join(OUT, `${model.kind}-pdf`);
      await shootPdf(browser, pdfs[i] as Buffer, prefix);
      expect(statSync(`${prefix}-p1.png`).size).toBeGreaterThan(20_000);
      const [first] = await readPdf(pdfs[i] as Buffer);
      const [w, h] = model.orientation === "portrait" ? [595, 842] : [842, 595];
      expect(Math.round(first?.width ?? 0)).toBe(w);
      expect(Math.round(first?.height ?? 0)).toBe(h);
      expect(first?.text).toContain(model.subtitle[0]);
    }
  });
});
