/**
 * A minimal, valid PDF 1.4 (uncompressed, the 14 standard fonts) so a test can read what a
 * document export holds, in reading order. Strings carry UTF-8 bytes: Vietnamese letters show
 * as mojibake in a viewer, but the text is exact for `pdfText()` and `getDataAsString()`.
 */

import type { PageSetup } from "./doc-model";

export interface PdfRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Text placed at `x` (points from the page's left edge). */
interface PdfText {
  x: number;
  runs: PdfRun[];
}

/** One line of the page: text pieces at one height (a paragraph, or a table row's cells). */
export type PdfBlock =
  | { kind: "line"; size: number; gapBefore: number; texts: PdfText[] }
  | { kind: "rule" }
  | { kind: "pageBreak" };

/** What to print: the page's size and margins (points), then the blocks. */
export interface PdfLayout extends PageSetup {
  title: string;
  blocks: PdfBlock[];
}

const FONTS = ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"];

const latin1 = (s: string): Buffer => Buffer.from(s, "latin1");
const num = (n: number): string => String(Math.round(n * 100) / 100);

/** A PDF literal string of UTF-8 bytes, with `\`, `(`, `)` and line ends escaped. */
function literal(text: string): Buffer {
  const escaped = Buffer.from(text, "utf8")
    .toString("latin1")
    .replace(/[\\()]/g, (c) => `\\${c}`)
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n");
  return latin1(`(${escaped})`);
}

function fontOf(run: PdfRun): string {
  return `/F${1 + (run.bold ? 1 : 0) + (run.italic ? 2 : 0)}`;
}

/** Content streams, one per page. */
function pages(layout: PdfLayout): Buffer[] {
  const out: Buffer[] = [];
  let parts: Buffer[] = [];
  let y = layout.pageHeight - layout.marginTop;
  const newPage = () => {
    out.push(Buffer.concat(parts));
    parts = [];
    y = layout.pageHeight - layout.marginTop;
  };
  for (const block of layout.blocks) {
    if (block.kind === "pageBreak") {
      newPage();
      continue;
    }
    const height = block.kind === "rule" ? 6 : block.gapBefore + block.size * 1.2;
    if (y - height < layout.marginBottom && parts.length > 0) newPage();
    y -= height;
    if (block.kind === "rule") {
      parts.push(
        latin1(
          `${num(layout.marginLeft)} ${num(y + 3)} m ${num(layout.pageWidth - layout.marginRight)} ${num(y + 3)} l S\n`,
        ),
      );
      continue;
    }
    for (const text of block.texts) {
      parts.push(latin1(`BT ${num(text.x)} ${num(y)} Td `));
      for (const run of text.runs)
        parts.push(latin1(`${fontOf(run)} ${num(block.size)} Tf `), literal(run.text), latin1(" Tj "));
      parts.push(latin1("ET\n"));
    }
  }
  out.push(Buffer.concat(parts));
  return out;
}

/** A UTF-16BE text string, for the document title. */
function textString(s: string): string {
  const utf16 = Buffer.from(s, "utf16le").swap16().toString("hex").toUpperCase();
  return `<FEFF${utf16}>`;
}

export function writePdf(layout: PdfLayout): Uint8Array {
  const streams = pages(layout);
  const objects: Buffer[] = [];
  const fontIds = FONTS.map((_, i) => 3 + i);
  const firstPage = 3 + FONTS.length;
  const pageIds = streams.map((_, i) => firstPage + i * 2);
  objects.push(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
  objects.push(
    latin1(
      `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${streams.length} >>`,
    ),
  );
  for (const name of FONTS) {
    objects.push(latin1(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`));
  }
  const fonts = fontIds.map((id, i) => `/F${i + 1} ${id} 0 R`).join(" ");
  streams.forEach((stream, i) => {
    const box = `[0 0 ${num(layout.pageWidth)} ${num(layout.pageHeight)}]`;
    objects.push(
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox ${box} /Resources << /Font << ${fonts} >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
      ),
    );
    objects.push(
      Buffer.concat([latin1(`<< /Length ${stream.length} >>\nstream\n`), stream, latin1("\nendstream")]),
    );
  });
  objects.push(latin1(`<< /Title ${textString(layout.title)} /Producer (gas-sandbox) >>`));
  const infoId = objects.length;
  const chunks: Buffer[] = [latin1("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([latin1(`${i + 1} 0 obj\n`), body, latin1("\nendobj\n")]);
    chunks.push(obj);
    length += obj.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ];
  chunks.push(
    latin1(
      `${xref.join("")}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}
