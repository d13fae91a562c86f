import type { DocumentHeader } from "../../core/documents/model";
import { fillCell as fill, type Look, SIZE } from "./doc-style";

type Body = GoogleAppsScript.Document.Body;

/** The issuer side takes 40% of the width, so the nation line fits on one line at 12–13 pt. */
const LEFT_SHARE = 0.4;
/**
 * The rules are lines of 6 pt underscores (3 pt each in Times New Roman): set small, they sit
 * just under the line above. The issuer's is about a third of its line, the motto's as long
 * as the motto at 13 pt bold (about 175 pt).
 */
const RULE_SIZE = 6;
const ISSUER_RULE = "_".repeat(20);
const MOTTO_RULE = "_".repeat(58);
const NATION_MAX_CHARS_AT_13 = 34;

const centred = (size: number, more: Partial<Look> = {}): Look => ({ size, align: "center", ...more });

/**
 * The NĐ 30 header as a borderless 2 × 2 table: issuer side left (superior body, issuer in bold,
 * its short rule), nation side right (nation, motto in bold, its rule); the number and the
 * italic place and date share the second row so they line up.
 */
export function appendHeader(body: Body, h: DocumentHeader, width: number): void {
  const table = body.appendTable([
    ["", ""],
    ["", ""],
  ]);
  table.setBorderWidth(0);
  table.setColumnWidth(0, width * LEFT_SHARE);
  table.setColumnWidth(1, width * (1 - LEFT_SHARE));
  const nationSize = h.nation.length <= NATION_MAX_CHARS_AT_13 && width > 450 ? SIZE.header : 12;
  fill(table.getCell(0, 0), [
    ...(h.superior ? ([[h.superior, centred(SIZE.header)]] as [string, Look][]) : []),
    [h.issuer, centred(SIZE.header, { bold: true })],
    [ISSUER_RULE, centred(RULE_SIZE)],
  ]);
  fill(table.getCell(0, 1), [
    [h.nation, centred(nationSize, { bold: true })],
    [h.motto, centred(SIZE.header, { bold: true })],
    [MOTTO_RULE, centred(RULE_SIZE)],
  ]);
  fill(table.getCell(1, 0), [[h.number, centred(SIZE.header, { before: 6 })]]);
  fill(table.getCell(1, 1), [[h.placeDate, centred(SIZE.body, { italic: true, before: 6 })]]);
}
