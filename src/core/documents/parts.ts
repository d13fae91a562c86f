import type { CivilDate } from "../dates/civil-date";
import type { Plan } from "../plan/types";
import type { DocumentHeader, Signature } from "./model";

/** The national name and motto of every administrative document (NĐ 30/2020, Phụ lục I). */
const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** The last recipient line of every document the office files (NĐ 30: "Lưu: VT, …"). */
export const FILED = "- Lưu: VT, NV.";
/** The symbol used when `Cơ quan` is blank: the council of the 2020 template. */
const DEFAULT_ISSUER_SYMBOL = "HĐTĐKT";

/** Words that start the place in a body's name ("… thị xã Sơn Tây"): the symbol stops there. */
const PLACE_WORDS = ["thị xã", "thị trấn", "thành phố", "huyện", "quận", "tỉnh", "phường", "xã"];

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Capitals for a header or a section line, in NFC (Vietnamese letters keep their marks). */
export const upper = (text: string): string => text.normalize("NFC").toUpperCase();

/**
 * "Sơn Tây, ngày 03 tháng 01 năm 2020": days below 10 and the months 1 and 2 take a leading
 * zero (NĐ 30). Without a place the line starts at "Ngày".
 */
export function placeDateLine(place: string, date: CivilDate): string {
  const when = `ngày ${pad2(date.day)} tháng ${pad2(date.month)} năm ${date.year}`;
  return place ? `${place}, ${when}` : when.charAt(0).toUpperCase() + when.slice(1);
}

/**
 * The issuing body's symbol for the number line, from `Cơ quan`: the initials of the words
 * before its place, in capitals ("Hội đồng Thi đua – Khen thưởng thị xã Sơn Tây" → "HĐTĐKT").
 */
export function issuerSymbol(organisation: string): string {
  let name = ` ${organisation.normalize("NFC").toLowerCase().replace(/\s+/g, " ")} `;
  for (const word of PLACE_WORDS) {
    const at = name.indexOf(` ${word} `, 1);
    if (at > 0) name = name.slice(0, at + 1);
  }
  const initials = (name.match(/\p{L}+/gu) ?? []).map((w) => w.charAt(0)).join("");
  // Symbols drop tones and vowel marks ("Ủy ban nhân dân" → "UBND") but keep Đ, a letter of its own.
  const plain = initials.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain ? upper(plain) : DEFAULT_ISSUER_SYMBOL;
}

/**
 * The two-column header of a document of `plan`: `Cơ quan cấp trên` and `Cơ quan` in capitals,
 * the number left blank for the clerk before "/<kind>-<issuer>", the nation, the motto and the
 * place and date. `kind` is the NĐ 30 abbreviation of the document type (DS, BC, TTr).
 *
 * The date is filled, not left blank: it is the day the document speaks for (the checks'
 * "today": `Ngày tham chiếu`, else the real day), which its counts depend on. The document is a
 * draft for signature all the same: the Google Doc and the Word file are editable, and the clerk
 * fills in the number and, if the signing day differs, corrects the date.
 */
export function documentHeader(plan: Plan, kind: string, date: CivilDate): DocumentHeader {
  return {
    superior: upper(plan.documents.superiorBody),
    issuer: upper(plan.organisation),
    number: `Số:       /${kind}-${issuerSymbol(plan.organisation)}`,
    nation: NATION,
    motto: MOTTO,
    placeDate: placeDateLine(plan.documents.place, date),
  };
}

/** The signature block of `Chức vụ người ký` (in capitals) and `Người ký`; null when both are blank. */
export function signatureOf(plan: Plan): Signature | null {
  const authority = plan.documents.signerTitle.map(upper).filter((l) => l !== "");
  if (authority.length === 0 && !plan.documents.signer) return null;
  return { authority, signer: plan.documents.signer };
}

/** "2020 - Danh sách đăng ký thi đua - 15.03.2020": the year, the document, the date it speaks for. */
export function documentFileName(plan: Plan, name: string, date: CivilDate): string {
  const year = plan.year ?? date.year;
  return `${year} - ${name} - ${pad2(date.day)}.${pad2(date.month)}.${date.year}`;
}

/** "năm 2020", or "" when the plan has no year. */
export const yearText = (plan: Plan): string => (plan.year ? `năm ${plan.year}` : "");
