import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";

const require = createRequire(import.meta.url);
const PDFJS = join(dirname(require.resolve("pdfjs-dist/package.json")), "build");
/** A made-up origin the page's requests are answered from, here: nothing goes to the network. */
const ORIGIN = "http://pdf-pages.test";

const VIEWER = `<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#777"><div id="pages"></div>
<script type="module">
import * as pdfjs from "/pdf.mjs";
pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.mjs";
const doc = await pdfjs.getDocument("/doc.pdf").promise;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 96 / 72 });
  const canvas = document.createElement("canvas");
  canvas.width = viewport.width; canvas.height = viewport.height;
  canvas.style.cssText = "display:block;margin:12px auto;background:#fff";
  document.getElementById("pages").append(canvas);
  await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
}
document.body.dataset.pages = String(doc.numPages);
</script></body></html>`;

/**
 * Draws every page of `pdf` with pdf.js in Chromium, at 96 dpi, one canvas a page on a grey
 * background, and saves a 1366×768 shot of the first screen (`<prefix>.png`), the whole strip
 * (`<prefix>-full.png`) and one shot a page (`<prefix>-p<n>.png`). Returns the page count.
 */
export async function shootPdf(browser: Browser, pdf: Uint8Array, prefix: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === "/") return route.fulfill({ contentType: "text/html", body: VIEWER });
      if (path === "/doc.pdf")
        return route.fulfill({ contentType: "application/pdf", body: Buffer.from(pdf) });
      if (path === "/pdf.mjs" || path === "/pdf.worker.mjs") {
        return route.fulfill({ contentType: "text/javascript", body: readFileSync(join(PDFJS, path)) });
      }
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector("body[data-pages]", { timeout: 60_000 });
    const count = Number(await page.getAttribute("body", "data-pages"));
    await page.screenshot({ path: `${prefix}.png` });
    await page.screenshot({ path: `${prefix}-full.png`, fullPage: true });
    const canvases = await page.$$("canvas");
    for (const [i, canvas] of canvases.entries())
      await canvas.screenshot({ path: `${prefix}-p${i + 1}.png` });
    return count;
  } finally {
    await context.close();
  }
}
