export type { ChartImage } from "./chart-image";
export { timesFontFaces } from "./embedded-fonts";
export { rasteriseCharts } from "./rasterise-charts";
export { type RenderDocxOptions, renderDocx } from "./render-docx";
export { type RenderHtmlOptions, renderHtml } from "./render-html";
export { renderPdf } from "./render-pdf";
export { safeFileName } from "./safe-file-name";
export { type WrittenDocument, writeDocuments } from "./write-documents";
