import type { DocumentModel } from "../../src/core/documents/model";
import { contentWidthMm, MARGINS_MM, pageSizeMm } from "./page-geometry";

/** Times New Roman first; then faces with the same metrics and every Vietnamese letter. */
const FONT_STACK = `"Times New Roman", Tinos, "Liberation Serif", "DejaVu Serif", serif`;

/**
 * The page: A4 and the NĐ 30 margins for print, the page number at the top centre from the
 * second page on; on screen, the same column on a white sheet. Texts keep their spaces
 * (`pre-wrap`): the blank left for the number in "Số:       /DS-HĐTĐKT" is meant to be there.
 */
export function pageCss(model: DocumentModel): string {
  const page = pageSizeMm(model);
  const m = MARGINS_MM;
  return `
@page{size:${page.width}mm ${page.height}mm;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center{content:counter(page);font:14pt ${FONT_STACK};vertical-align:middle}}
@page:first{@top-center{content:none}}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:14pt/1.15 ${FONT_STACK};color:#000}
main{width:${contentWidthMm(model)}mm}
@media screen{body{background:#e8e8e8}main{margin:8mm auto;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;background:#fff;box-shadow:0 1px 4px #0004}}
p,h1,th,td,figcaption{white-space:pre-wrap;overflow-wrap:break-word}
p{margin:0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
.letterhead td{vertical-align:top;text-align:center;padding:0 1.5mm;font-size:13pt}
.letterhead .issuer,.letterhead .nation,.letterhead .motto{font-weight:bold}
.letterhead .motto span{display:inline-block;border-bottom:0.75pt solid #000;padding-bottom:1pt}
.letterhead .rule{height:0;margin:3pt auto 0;border-top:0.75pt solid #000}
.letterhead .second td{padding-top:6pt}
.letterhead .place-date{font-size:14pt;font-style:italic}
h1{font-size:14pt;margin:18pt 0 0;text-align:center}
.subtitle{font-weight:bold;text-align:center}
.summary-end{height:6pt}
.body{text-align:justify;margin-bottom:6pt}
.body.indent{text-indent:10mm}
.small{font-size:12pt}
.data{font-size:13pt;margin-bottom:6pt}
.data th,.data td{border:0.5pt solid #000;padding:2pt 1.5mm;vertical-align:middle}
.data th{font-weight:bold;text-align:center}
.data thead{display:table-header-group}
.data tr{break-inside:avoid}
.data .group td{font-weight:bold;break-after:avoid}
.data .group.level-3 td{font-style:italic}
.data .total td{font-weight:bold}
.chart{margin:6pt 0;break-inside:avoid;text-align:center}
.chart figcaption{font-weight:bold;margin-bottom:6pt}
.chart svg{max-width:100%;height:auto}
.closing{margin-top:12pt;break-inside:avoid}
.closing td{vertical-align:top;padding:0 1.5mm}
.recipients .label{font-size:12pt;font-weight:bold;font-style:italic}
.recipients p{font-size:11pt}
.signature{text-align:center;font-weight:bold}
.signature .room{height:${4 * 1.15 * 14}pt}
.left{text-align:left}.center{text-align:center}.right{text-align:right}.justify{text-align:justify}
`;
}
