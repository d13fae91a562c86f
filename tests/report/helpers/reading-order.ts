import type { Page } from "playwright-core";
import type { DocumentModel } from "../../../src/core/documents/model";
import { RECIPIENTS_LABEL } from "../../../tools/report/fixed-texts";
import { paragraphs, textOf } from "./docx-xml";

/** Texts compared across renderers: NFC, runs of white space as one space, trimmed. */
export const norm = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();
const keep = (texts: readonly string[]) => texts.map(norm).filter((t) => t !== "");

/**
 * The texts a reader meets in a rendered model, in order: the header (left column, right
 * column, then number and date, as the printed form reads), title, summary, the body (a
 * table's headers then its rows, a chart's title — the picture has no text), the recipients,
 * then the signature. `chartsAsTables` adds a chart's numbers, as Word shows them without a picture.
 */
export function modelReadingOrder(model: DocumentModel, chartsAsTables = false): string[] {
  const h = model.header;
  const out = [
    h.superior,
    h.issuer,
    h.nation,
    h.motto,
    h.number,
    h.placeDate,
    model.title,
    ...model.subtitle,
  ];
  for (const b of model.body) {
    if (b.kind === "paragraph") out.push(b.text);
    else if (b.kind === "table") {
      out.push(...b.columns.map((c) => c.header));
      for (const r of b.rows) out.push(...(r.kind === "group" ? [r.label] : r.cells));
    } else {
      out.push(b.title);
      if (chartsAsTables) {
        out.push(...b.series.map((s) => s.name));
        b.categories.forEach((c, i) => {
          out.push(c, ...b.series.map((s) => String(s.values[i] ?? 0)));
        });
      }
    }
  }
  if (model.recipients.length > 0) out.push(RECIPIENTS_LABEL, ...model.recipients);
  if (model.signature) out.push(...model.signature.authority, model.signature.signer);
  return keep(out);
}

/** The reading order of a Word body: one text per non-empty paragraph. */
export function docxReadingOrder(documentXml: string): string[] {
  return keep(paragraphs(documentXml).map(textOf));
}

/**
 * The reading order of the page in `page`: each element that holds text itself (not only in
 * its children), outside SVG, as rendered (`innerText`, so a `<br>` reads as a space).
 */
export function htmlReadingOrder(page: Page): Promise<string[]> {
  return page
    .evaluate(() => {
      const out: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
        if (el.closest("svg")) continue;
        const ownText = Array.from(el.childNodes).some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
        );
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (a <br> is a space).
        if (ownText) out.push(el.innerText);
      }
      return out;
    })
    .then(keep);
}
