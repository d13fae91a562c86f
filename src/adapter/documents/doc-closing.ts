import type { DocumentModel } from "../../core/documents/model";
import { fillCell as fill, type Look, SIZE } from "./doc-style";

type Body = GoogleAppsScript.Document.Body;

/** Room for the signature and the seal, in empty lines. */
const SIGNING_LINES = 4;
const RECIPIENTS_LABEL = "Nơi nhận:";

/**
 * Recipients left (`Nơi nhận:` bold italic 12 pt, the lines 11 pt) and the signature right
 * (authority in bold capitals, room to sign, the signer in bold), side by side in a borderless
 * table as on the printed form.
 */
export function appendClosing(body: Body, model: DocumentModel, width: number): void {
  const { signature, recipients } = model;
  if (!signature && recipients.length === 0) return;
  const table = body.appendTable([["", ""]]);
  table.setBorderWidth(0);
  table.setColumnWidth(0, width * 0.45);
  table.setColumnWidth(1, width * 0.55);
  const sign = (bold: boolean): Look => ({ size: SIZE.body, bold, align: "center" });
  if (recipients.length > 0)
    fill(table.getCell(0, 0), [
      [RECIPIENTS_LABEL, { size: SIZE.small, bold: true, italic: true }],
      ...recipients.map((r): [string, Look] => [r, { size: SIZE.recipients }]),
    ]);
  if (signature)
    fill(table.getCell(0, 1), [
      ...signature.authority.map((a): [string, Look] => [a, sign(true)]),
      ...Array.from({ length: SIGNING_LINES }, (): [string, Look] => ["", sign(false)]),
      [signature.signer, sign(true)],
    ]);
}
