import type { Browser } from "playwright-core";
import type { DocumentModel } from "../../src/core/documents/model";
import { timesFontFaces } from "./embedded-fonts";
import { MARGINS_MM } from "./page-geometry";
import { renderHtml } from "./render-html";

const mm = (n: number) => `${n}mm`;

/**
 * Prints each model's HTML page to PDF with Chromium (A4, the NĐ 30 margins, the page size the
 * page's CSS asks for, so landscape models come out landscape). Times New Roman is backed by an
 * inlined Tinos, so the PDF looks the same on a machine without it. One buffer per model, in order.
 */
export async function renderPdf(models: readonly DocumentModel[], browser: Browser): Promise<Buffer[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // The page is ours and self-contained: anything it tries to fetch is a bug, not a resource.
    await page.route("**/*", (route) => route.abort());
    const fontFaces = timesFontFaces();
    const out: Buffer[] = [];
    for (const model of models) {
      await page.setContent(renderHtml(model, { fontFaces }), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      out.push(
        await page.pdf({
          format: "A4",
          landscape: model.orientation === "landscape",
          preferCSSPageSize: true,
          printBackground: true,
          margin: {
            top: mm(MARGINS_MM.top),
            bottom: mm(MARGINS_MM.bottom),
            left: mm(MARGINS_MM.left),
            right: mm(MARGINS_MM.right),
          },
        }),
      );
    }
    return out;
  } finally {
    await context.close();
  }
}
