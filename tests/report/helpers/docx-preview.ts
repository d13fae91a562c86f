import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { timesFontFaces } from "../../../tools/report/embedded-fonts";

const require = createRequire(import.meta.url);
const script = (name: string) => readFileSync(require.resolve(name), "utf8");

/**
 * Renders `docx` with docx-preview (and its JSZip) in a fresh `page`, from the packages' own
 * files: no network. "Times New Roman" is backed by Tinos, as in the PDF, so the preview has
 * Word's metrics on a machine without the font. Resolves once the pages and fonts are in.
 */
export async function showDocx(page: Page, docx: Uint8Array): Promise<void> {
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${timesFontFaces()}</style></head>` +
      `<body style="margin:0;background:#ddd"><div id="doc"></div></body></html>`,
  );
  await page.addScriptTag({ content: script("jszip/dist/jszip.min.js") });
  await page.addScriptTag({ content: script("docx-preview") });
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    // biome-ignore lint/suspicious/noExplicitAny: docx-preview's UMD global has no types here.
    const preview = (window as any).docx;
    const target = document.getElementById("doc");
    await preview.renderAsync(bytes, target, undefined, { inWrapper: true, breakPages: true });
  }, Buffer.from(docx).toString("base64"));
  await page.evaluate(() => document.fonts.ready);
}
