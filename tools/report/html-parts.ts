import type { DocumentHeader, DocumentModel } from "../../src/core/documents/model";
import { escapeText as esc } from "./escape";
import { RECIPIENTS_LABEL } from "./fixed-texts";
import { HEADER_LEFT_SHARE } from "./page-geometry";
import { balancedLines } from "./text-lines";
import { textWidthPt } from "./text-width";

const PT_PER_MM = 72 / 25.4;
const lines = (parts: readonly string[]) => parts.map(esc).join("<br>");

/** The letterhead as a two-row borderless table, in the same order and breaks as the Word file. */
export function letterhead(h: DocumentHeader, widthMm: number): string {
  const left = widthMm * HEADER_LEFT_SHARE;
  const leftInnerPt = (left - 3) * PT_PER_MM;
  const rightInnerPt = (widthMm - left - 3) * PT_PER_MM;
  const issuer = balancedLines(h.issuer, 13, leftInnerPt, true);
  // NĐ 30: the rule under the issuer is 1/3 to 1/2 of its line.
  const ruleWidth = Math.min(leftInnerPt, Math.max(...issuer.map((l) => textWidthPt(l, 13, true)))) * 0.4;
  const nationSize = textWidthPt(h.nation, 13, true) <= rightInnerPt * 0.92 ? 13 : 12;
  const superior = h.superior
    ? `<p class="superior">${lines(balancedLines(h.superior, 13, leftInnerPt))}</p>`
    : "";
  return (
    `<table class="letterhead"><colgroup><col style="width:${HEADER_LEFT_SHARE * 100}%"><col></colgroup>` +
    `<tr><td>${superior}<p class="issuer">${lines(issuer)}</p>` +
    `<div class="rule" style="width:${ruleWidth.toFixed(1)}pt"></div></td>` +
    `<td><p class="nation" style="font-size:${nationSize}pt">${esc(h.nation)}</p>` +
    `<p class="motto"><span>${esc(h.motto)}</span></p></td></tr>` +
    `<tr class="second"><td><p class="number">${esc(h.number)}</p></td>` +
    `<td><p class="place-date">${esc(h.placeDate)}</p></td></tr></table>`
  );
}

/** The document type and its summary lines, centred and bold. */
export function titleBlock(model: DocumentModel): string {
  const subtitle = model.subtitle.map((s) => `<p class="subtitle">${esc(s)}</p>`).join("");
  return `<h1>${esc(model.title)}</h1>${subtitle}<div class="summary-end"></div>`;
}

/** Recipients left, signature right, side by side; empty when the model has neither. */
export function closing(model: DocumentModel): string {
  const { signature, recipients } = model;
  if (!signature && recipients.length === 0) return "";
  const recipientsHtml =
    recipients.length === 0
      ? ""
      : `<p class="label">${esc(RECIPIENTS_LABEL)}</p>${recipients.map((r) => `<p>${esc(r)}</p>`).join("")}`;
  const signatureHtml = signature
    ? `${signature.authority.map((a) => `<p>${esc(a)}</p>`).join("")}<div class="room"></div>` +
      `<p class="signer">${esc(signature.signer)}</p>`
    : "";
  return (
    `<table class="closing"><colgroup><col style="width:45%"><col></colgroup>` +
    `<tr><td class="recipients">${recipientsHtml}</td><td class="signature">${signatureHtml}</td></tr></table>`
  );
}
