import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import type { DocumentModel } from "../../src/core/documents/model";
import type { ChartImage } from "./chart-image";
import { bodyBlocks, spacer, titleBlock } from "./docx-blocks";
import { headerTable } from "./docx-header";
import { closingTable } from "./docx-signature";
import { FONT } from "./docx-text";
import { A4_MM, contentWidthMm, MARGINS_MM, mmToTwips } from "./page-geometry";

export interface RenderDocxOptions {
  /**
   * The model's charts drawn as PNG, in the order the charts appear in the body
   * (`rasteriseCharts`); a chart without a picture is set as a table of its numbers.
   */
  readonly chartImages?: readonly (ChartImage | undefined)[];
}

/** NĐ 30 numbers pages at the top centre from the second page on. */
function pageNumberHeader(): Header {
  const number = new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })] });
}

/**
 * Renders a document model as a Word file laid out after Nghị định 30/2020/NĐ-CP: A4 (landscape
 * when the model says so), margins 20/20/30/15 mm, Times New Roman, the two-column header, the
 * title, the body (tables repeat their header row on each page), the signature and recipients.
 */
export async function renderDocx(model: DocumentModel, options: RenderDocxOptions = {}): Promise<Buffer> {
  const width = mmToTwips(contentWidthMm(model));
  const closing = closingTable(model, width);
  const doc = new Document({
    creator: model.header.issuer || "Sổ thi đua",
    title: [model.title, ...model.subtitle].join(" ").normalize("NFC"),
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // Word expects the portrait dimensions and swaps them itself for landscape.
            size: {
              width: mmToTwips(A4_MM.width),
              height: mmToTwips(A4_MM.height),
              orientation:
                model.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwips(MARGINS_MM.top),
              bottom: mmToTwips(MARGINS_MM.bottom),
              left: mmToTwips(MARGINS_MM.left),
              right: mmToTwips(MARGINS_MM.right),
              header: mmToTwips(10),
              footer: mmToTwips(10),
            },
          },
        },
        // Word wants a paragraph in every header part, even the empty one of the first page.
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: [
          headerTable(model.header, width),
          ...titleBlock(model),
          ...bodyBlocks(model.body, options.chartImages ?? [], width),
          ...(closing ? [spacer(), closing] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
