import type { Paragraph, Table } from "docx";
import type { DocumentHeader } from "../../src/core/documents/model";
import { CELL_PAD, cell, grid, TableRow } from "./docx-grid";
import { line, rule } from "./docx-text";
import { HEADER_LEFT_SHARE, shareOut } from "./page-geometry";
import { balancedLines } from "./text-lines";
import { textWidthPt } from "./text-width";

const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** NĐ 30: the rule under the issuer is 1/3 to 1/2 of its line; under the motto, as long as the line. */
const ISSUER_RULE_SHARE = 0.4;

/** The nation line at 13 pt when the right column holds it on one line, else 12 pt. */
function nationSize(nation: string, innerTwips: number): number {
  // A margin for the estimate: a wrapped nation line is the worst thing the header can show.
  return ptToTwips(textWidthPt(nation, 13, true)) <= innerTwips * 0.92 ? 13 : 12;
}

/**
 * The two-column header as a borderless table: issuer side left, nation side right. The number
 * and the place-date line share the second row so their baselines line up, as on the printed form.
 */
export function headerTable(h: DocumentHeader, widthTwips: number): Table {
  const [left, right] = shareOut(widthTwips, [HEADER_LEFT_SHARE, 1 - HEADER_LEFT_SHARE]) as [number, number];
  const leftInner = left - 2 * CELL_PAD;
  const rightInner = right - 2 * CELL_PAD;

  const issuer = balancedLines(h.issuer, 13, leftInner / 20, true);
  const issuerLine = Math.min(Math.max(...issuer.map((l) => ptToTwips(textWidthPt(l, 13, true)))), leftInner);
  const superior = balancedLines(h.superior, 13, leftInner / 20).join("\n");
  const issuerSide: Paragraph[] = [
    ...(h.superior ? [line(superior, { size: 13, align: "center" })] : []),
    line(issuer.join("\n"), { size: 13, bold: true, align: "center" }),
    rule(Math.round(issuerLine * ISSUER_RULE_SHARE), leftInner),
  ];
  const mottoLine = Math.min(ptToTwips(textWidthPt(h.motto, 13, true)), rightInner);
  const nationSide: Paragraph[] = [
    line(h.nation, { size: nationSize(h.nation, rightInner), bold: true, align: "center" }),
    line(h.motto, { size: 13, bold: true, align: "center" }),
    rule(mottoLine, rightInner),
  ];
  const top = new TableRow({
    children: [
      cell({ children: issuerSide, width: left, valign: "top" }),
      cell({ children: nationSide, width: right, valign: "top" }),
    ],
  });
  const bottom = new TableRow({
    children: [
      cell({
        children: [line(h.number, { size: 13, align: "center", before: 6 })],
        width: left,
        valign: "top",
      }),
      cell({
        children: [line(h.placeDate, { size: 14, italic: true, align: "center", before: 6 })],
        width: right,
        valign: "top",
      }),
    ],
  });
  return grid([left, right], [top, bottom], false);
}
