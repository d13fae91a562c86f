import type { Browser } from "playwright-core";
import type { Chart, DocumentModel } from "../../src/core/documents/model";
import type { ChartImage } from "./chart-image";
import { chartSvg } from "./chart-svg";
import { timesFontFaces } from "./embedded-fonts";

/** Drawn at twice the size it is shown at, so the picture stays sharp when printed. */
const SCALE = 2;

/**
 * Draws each chart of `model` as PNG with Chromium, from the same SVG the HTML page shows, in
 * the order the charts appear (what `renderDocx` takes as `chartImages`). A chart that cannot
 * be drawn is `undefined`, and the Word file then shows its numbers as a table.
 */
export async function rasteriseCharts(
  model: DocumentModel,
  browser: Browser,
): Promise<(ChartImage | undefined)[]> {
  const charts = model.body.filter((b): b is Chart => b.kind === "chart");
  if (charts.length === 0) return [];
  const context = await browser.newContext({ deviceScaleFactor: SCALE, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    const fonts = timesFontFaces();
    const out: (ChartImage | undefined)[] = [];
    for (const chart of charts) {
      const { svg, width, height } = chartSvg(chart);
      try {
        await page.setViewportSize({ width, height });
        await page.setContent(
          `<!doctype html><html><head><meta charset="utf-8"><style>${fonts}body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`,
        );
        await page.evaluate(() => document.fonts.ready);
        const png = await page.locator("svg").screenshot({ type: "png" });
        out.push({ png, width, height });
      } catch {
        out.push(undefined);
      }
    }
    return out;
  } finally {
    await context.close();
  }
}
