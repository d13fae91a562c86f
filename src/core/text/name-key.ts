import { memo } from "./memo";

/**
 * Comparison keys for names of units, titles and clusters.
 *
 * Two spellings that a Vietnamese reader takes for the same name get the same
 * key; anything a reader would call a different name keeps a different key
 * ("TP Sơn Tây" is not "Thành phố Sơn Tây": abbreviations are not expanded).
 */

// Zero-width and soft-hyphen characters: invisible in a cell, so never part of a name.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Hyphen, en dash, em dash, minus and their look-alikes, with the spaces around them.
const DASH = /\s*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]\s*/g;
// Old-style tone placement on the first vowel of a final "oa", "oe", "uy" (hòa, khỏe, thủy).
const OLD_TONE = /([òóỏõọ])([ae])(?![\p{L}\p{M}])|([ùúủũụ])(y)(?![\p{L}\p{M}])/gu;
// A toned "y" alone after h/k/l/m/s/t/v, or any "y" after "qu", ending the syllable (sỹ, lý, quy).
const Y_AS_I = /(^|[^\p{L}\p{M}])(qu[yỳýỷỹỵ]|[hklmstv][ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Moves the tone mark of `toned` onto the plain vowel `plain` ("ò" + "a" → "oà"). */
function moveTone(toned: string, plain: string): string {
  const decomposed = toned.normalize("NFD");
  const tone = decomposed.match(TONE_MARK)?.[0] ?? "";
  return `${decomposed.replace(TONE_MARK, "")}${plain}${tone}`.normalize("NFC");
}

/**
 * Canonical tone placement: the modern one ("hoà", "khoẻ", "thuỷ"), tone on
 * the second vowel of a final "oa", "oe", "uy". Both placements are correct
 * Vietnamese and both are common in official names, so neither may make two
 * names differ. Only syllable-final clusters move: in "hoàn", "thuyền" both
 * styles agree already.
 */
export function modernTonePlacement(lower: string): string {
  return lower.replace(OLD_TONE, (_m, o?: string, ae?: string, u?: string, y?: string) =>
    o !== undefined && ae !== undefined ? moveTone(o, ae) : moveTone(u ?? "", y ?? ""),
  );
}

/**
 * The i/y interchange of Vietnamese spelling ("sĩ"/"sỹ", "lí"/"lý", "kĩ"/"kỹ",
 * "mĩ"/"mỹ", "quí"/"quý", "qui"/"quy"): a syllable made of one of the onsets
 * h, k, l, m, s, t, v and a toned i/y, or of "qu" and i/y, is keyed with "i".
 * Untoned "y" after other onsets stays ("Vy" and "Vi", "My" and "Mi" are
 * different given names), and "y" in a vowel cluster ("thuỷ", "tuyết") too.
 */
export function iForY(lower: string): string {
  return lower.replace(Y_AS_I, (_m, before: string, syllable: string) => {
    const y = syllable.slice(-1);
    return before + syllable.slice(0, -1) + `i${y.normalize("NFD").slice(1)}`.normalize("NFC");
  });
}

/**
 * The key under which two names are "the same name" (WORKBOOK.md, General
 * rules): Unicode NFC; invisible characters removed; white space (including
 * non-breaking) trimmed and collapsed; lower case; "Ð" (U+00D0, a common
 * stand-in) read as "Đ"; every dash (-, –, —, −) with its surrounding spaces
 * read as one "-"; the modern tone placement (see {@link modernTonePlacement});
 * the i/y interchange (see {@link iForY}), so "Chiến sỹ" = "Chiến sĩ".
 *
 * Lower-casing uses `toLowerCase`: Vietnamese has no locale-specific case
 * rules, so no `Intl` or locale data is needed.
 */
export const nameKey: (s: string) => string = memo(computeNameKey);

function computeNameKey(s: string): string {
  const lower = s
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(DASH, "-")
    .toLowerCase()
    .replace(/ð/g, "đ");
  return iForY(modernTonePlacement(lower));
}

/** True when two names are the same name under {@link nameKey}. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
