import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfPage {
  /** The page's text as pdf.js reads it, white space collapsed. */
  readonly text: string;
  /** Size in points (A4 portrait is 595 × 842). */
  readonly width: number;
  readonly height: number;
}

/** The pages of a PDF: text and size. */
export async function readPdf(pdf: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      // A run breaks where the font changes (the Vietnamese subset), mid-word: join runs as they
      // are and put a space only at line ends.
      const items = (await page.getTextContent()).items;
      const text = items.map((i) => ("str" in i ? i.str + (i.hasEOL ? " " : "") : "")).join("");
      pages.push({ text: text.normalize("NFC").replace(/\s+/g, " ").trim(), width, height });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
