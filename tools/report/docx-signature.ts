import type { Paragraph, Table } from "docx";
import type { DocumentModel } from "../../src/core/documents/model";
import { cell, grid, TableRow } from "./docx-grid";
import { line } from "./docx-text";
import { RECIPIENTS_LABEL } from "./fixed-texts";
import { shareOut } from "./page-geometry";

/** Room for the signature and the seal, in empty 14 pt lines. */
const SIGNING_LINES = 4;

/**
 * Recipients left and signature right, side by side as on the printed form: a borderless
 * two-column table whose row never splits across pages. Null when the model has neither.
 */
export function closingTable(model: DocumentModel, widthTwips: number): Table | null {
  const { signature, recipients } = model;
  if (!signature && recipients.length === 0) return null;
  const [left, right] = shareOut(widthTwips, [0.45, 0.55]) as [number, number];
  const recipientLines: Paragraph[] =
    recipients.length === 0
      ? []
      : [
          line(RECIPIENTS_LABEL, { size: 12, bold: true, italic: true }),
          ...recipients.map((r) => line(r, { size: 11 })),
        ];
  const signatureLines: Paragraph[] = signature
    ? [
        ...signature.authority.map((a) => line(a, { size: 14, bold: true, align: "center" })),
        ...Array.from({ length: SIGNING_LINES }, () => line("", { size: 14 })),
        line(signature.signer, { size: 14, bold: true, align: "center" }),
      ]
    : [];
  const row = new TableRow({
    cantSplit: true,
    children: [
      cell({ children: recipientLines, width: left, valign: "top" }),
      cell({ children: signatureLines, width: right, valign: "top" }),
    ],
  });
  return grid([left, right], [row], false);
}
