import { civilDateOf } from "../../dates";
import type { Plan } from "../../plan/types";
import type { DocumentHeader, Signature } from "../model";

/** The two capital lines of the right column (NĐ 30/2020, Phụ lục I). */
const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** Room left in `Số: …` for the clerk to write the number. */
const NUMBER_ROOM = "      ";

/**
 * The header of a year-end document for signature: the bodies in capitals, the number left
 * blank for the clerk (`Số:       /DS-HĐTĐKT`), a blank date line in the year proposed.
 */
export function draftHeader(plan: Plan, year: number, symbol: string): DocumentHeader {
  const place = plan.documents.place || "…";
  return {
    superior: plan.documents.superiorBody.toUpperCase(),
    issuer: plan.organisation.toUpperCase(),
    number: `Số:${NUMBER_ROOM}/${symbol}`,
    nation: NATION,
    motto: MOTTO,
    placeDate: `${place}, ngày … tháng … năm ${year}`,
  };
}

/** The signature block from `Chức vụ người ký` and `Người ký`. */
export const signatureOf = (plan: Plan): Signature => ({
  authority: plan.documents.signerTitle.map((line) => line.toUpperCase()),
  signer: plan.documents.signer,
});

/** "2020 - Danh sách đề nghị khen thưởng - 02.12.2020": the year, the document, the day it was made. */
export function documentFileName(year: number, name: string, now: Date): string {
  const d = civilDateOf(now);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year} - ${name} - ${two(d.day)}.${two(d.month)}.${d.year}`;
}

/** Roman numerals for the group rows (I, II, III …). */
export function roman(n: number): string {
  const parts: [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, digits] of parts) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}
