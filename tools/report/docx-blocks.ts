import { AlignmentType, ImageRun, Paragraph, type Table } from "docx";
import type { Block, Chart, DocumentModel } from "../../src/core/documents/model";
import type { ChartImage } from "./chart-image";
import { dataTable } from "./docx-table";
import { line } from "./docx-text";
import { mmToPx } from "./page-geometry";

/** Body text 14 pt, notes 12 pt; NĐ 30 asks at least 6 pt between paragraphs. */
const BODY = 14;
const SMALL = 12;

/** Title and summary lines, centred and bold (the summary is the "trích yếu"). */
export function titleBlock(model: DocumentModel): Paragraph[] {
  return [
    line(model.title, { size: BODY, bold: true, align: "center", before: 18, keepNext: true }),
    ...model.subtitle.map((s) => line(s, { size: BODY, bold: true, align: "center", keepNext: true })),
    line("", { size: 6, after: 6 }),
  ];
}

/** Under a chart's title: its picture when one was drawn, else its numbers as a table. */
function chartBlock(chart: Chart, image: ChartImage | undefined, widthTwips: number): (Paragraph | Table)[] {
  const title = line(chart.title, {
    size: BODY,
    bold: true,
    align: "center",
    before: 6,
    after: 6,
    keepNext: true,
  });
  if (!image) {
    const table = dataTable(
      {
        kind: "table",
        columns: [
          { header: "", width: 3 },
          ...chart.series.map((s) => ({ header: s.name, width: 1, align: "center" as const })),
        ],
        rows: chart.categories.map((c, i) => ({
          kind: "data" as const,
          cells: [c, ...chart.series.map((s) => String(s.values[i] ?? 0))],
        })),
      },
      widthTwips,
    );
    return [title, table, spacer()];
  }
  // Never wider than the text column: scale down, keeping the proportions.
  const maxPx = mmToPx((widthTwips * 25.4) / 1440);
  const scale = Math.min(1, maxPx / image.width);
  const picture = new ImageRun({
    type: "png",
    data: image.png,
    transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
    altText: { name: chart.title, description: chart.title, title: chart.title },
  });
  return [
    title,
    new Paragraph({ children: [picture], alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
  ];
}

/** Word joins two tables that touch: a small empty paragraph keeps them apart and gives air. */
export const spacer = (): Paragraph => line("", { size: 6, after: 0 });

/** The body's blocks; `images` holds the drawn charts in the order the charts appear. */
export function bodyBlocks(
  blocks: readonly Block[],
  images: readonly (ChartImage | undefined)[],
  widthTwips: number,
): (Paragraph | Table)[] {
  let chartIndex = 0;
  return blocks.flatMap((b): (Paragraph | Table)[] => {
    if (b.kind === "paragraph") {
      const size = b.size === "small" ? SMALL : BODY;
      const p = { size, bold: b.bold, italic: b.italic, align: b.align ?? "justify", after: 6 } as const;
      return [line(b.text, b.indent ? { ...p, firstLineMm: 10 } : p)];
    }
    if (b.kind === "table") return [dataTable(b, widthTwips), spacer()];
    return chartBlock(b, images[chartIndex++], widthTwips);
  });
}
