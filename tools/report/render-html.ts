import type { DocumentModel } from "../../src/core/documents/model";
import { escapeText as esc } from "./escape";
import { bodyHtml } from "./html-body";
import { closing, letterhead, titleBlock } from "./html-parts";
import { pageCss } from "./html-style";
import { contentWidthMm } from "./page-geometry";

export interface RenderHtmlOptions {
  /** Extra `@font-face` rules, inlined (`timesFontFaces()`); none by default. */
  readonly fontFaces?: string;
}

/**
 * Renders a document model as one self-contained HTML page with the layout of the Word file:
 * A4 `@page` size and margins, Times New Roman, the two-column header, tables whose header row
 * repeats on each printed page, charts as inline SVG. It loads nothing; every text is escaped.
 */
export function renderHtml(model: DocumentModel, options: RenderHtmlOptions = {}): string {
  const title = [model.title, ...model.subtitle].join(" ");
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>` +
    `<style>${options.fontFaces ?? ""}${pageCss(model)}</style></head><body><main>` +
    letterhead(model.header, contentWidthMm(model)) +
    titleBlock(model) +
    bodyHtml(model.body) +
    closing(model) +
    `</main></body></html>`
  );
}
