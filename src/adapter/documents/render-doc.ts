import type { Block, Chart, DocumentModel, Table } from "../../core/documents/model";
import { appendClosing } from "./doc-closing";
import { appendHeader } from "./doc-header";
import { A4_PT, MARGINS_PT, PT_PER_MM, SIZE, styled } from "./doc-style";
import { appendDataTable } from "./doc-table";

type Body = GoogleAppsScript.Document.Body;
type Blob = GoogleAppsScript.Base.Blob;

/** Body paragraphs open with a 10 mm first-line indent (NĐ 30). */
const INDENT = 10 * PT_PER_MM;

/** A chart with no picture is set as the table of its numbers, as the Word file does. */
function chartNumbers(chart: Chart): Table {
  return {
    kind: "table",
    columns: [
      { header: "", width: 3 },
      ...chart.series.map((s) => ({ header: s.name, width: 1, align: "center" as const })),
    ],
    rows: chart.categories.map((c, i) => ({
      kind: "data",
      cells: [c, ...chart.series.map((s) => String(s.values[i] ?? 0))],
    })),
  };
}

function appendBlock(body: Body, block: Block, width: number, picture: Blob | undefined): void {
  if (block.kind === "paragraph") {
    const size = block.size === "small" ? SIZE.small : SIZE.body;
    const look = { size, bold: block.bold, italic: block.italic, align: block.align ?? "justify", after: 6 };
    styled(body.appendParagraph(block.text), block.indent ? { ...look, indent: INDENT } : look);
  } else if (block.kind === "table") appendDataTable(body, block, width);
  else {
    styled(body.appendParagraph(block.title), { size: SIZE.body, bold: true, align: "center", before: 6 });
    if (!picture) {
      appendDataTable(body, chartNumbers(block), width * 0.6);
      return;
    }
    const image = body.appendImage(picture);
    const scale = Math.min(1, width / image.getWidth());
    image.setWidth(image.getWidth() * scale);
    image.setHeight(image.getHeight() * scale);
    styled(image.getParent().asParagraph(), { size: SIZE.body, align: "center", after: 6 });
  }
}

/**
 * Lays a document model out in a new Google Doc's body after NĐ 30: A4 (landscape when the
 * model says so) in points, margins 20/20/30/15 mm, Times New Roman, the header, the title and
 * summary lines, the body, then recipients and signature. `pictures` are the charts' images,
 * in the order the charts appear.
 */
export function renderDocument(body: Body, model: DocumentModel, pictures: readonly Blob[]): void {
  const landscape = model.orientation === "landscape";
  body.setPageWidth(landscape ? A4_PT.height : A4_PT.width);
  body.setPageHeight(landscape ? A4_PT.width : A4_PT.height);
  body.setMarginTop(MARGINS_PT.top);
  body.setMarginBottom(MARGINS_PT.bottom);
  body.setMarginLeft(MARGINS_PT.left);
  body.setMarginRight(MARGINS_PT.right);
  const width = (landscape ? A4_PT.height : A4_PT.width) - MARGINS_PT.left - MARGINS_PT.right;
  appendHeader(body, model.header, width);
  // A new document starts with an empty paragraph: the header belongs at the very top.
  body.removeChild(body.getChild(0));
  styled(body.appendParagraph(model.title), { size: SIZE.body, bold: true, align: "center", before: 18 });
  model.subtitle.forEach((line, i) => {
    const last = i === model.subtitle.length - 1;
    styled(body.appendParagraph(line), {
      size: SIZE.body,
      bold: true,
      align: "center",
      after: last ? 12 : 0,
    });
  });
  let chart = 0;
  for (const block of model.body) {
    appendBlock(body, block, width, block.kind === "chart" ? pictures[chart++] : undefined);
  }
  appendClosing(body, model, width);
}
