import { decodeTcvn3, decodeVni } from "./legacy-tables";
import { decodeMojibake } from "./mojibake";
import { isVietnameseSyllable } from "./vietnamese-syllable";

/** The legacy forms DK16 reports. */
export type LegacyEncoding = "TCVN3" | "VNI" | "mojibake";

// Words: runs of ASCII letters, legacy bytes (0xA1–0xFF, incl. TCVN3's "ư",
// a soft hyphen) and Vietnamese letters; white space, digits and punctuation
// separate them.
const WORD = /(?:[A-Za-z\u00a1-\u024f\u1e00-\u1eff]|[\u0300-\u036f])+/g;

interface Score {
  readonly fixed: number;
  readonly broken: number;
  readonly foreign: number;
}

// Abbreviations are neutral: "UBND", "THCS", "HĐND", "CSTĐCS".
const NEUTRAL = /^[A-ZĐ]{1,8}$/;

/**
 * How well a decoding explains `s`: `fixed` counts words that are not
 * Vietnamese syllables as typed but are once decoded ("Ph¹m" → "Phạm");
 * `broken` counts words the decoding changes into non-syllables ("Café" →
 * "Cafộ"); `foreign` counts unchanged words that are not syllables ("Dupont").
 * Words valid both ways ("Chí" ↔ "Chớ") are ignored: they prove nothing.
 */
function score(s: string, decode: (w: string) => string): Score {
  let fixed = 0;
  let broken = 0;
  let foreign = 0;
  for (const word of s.match(WORD) ?? []) {
    // A lone symbol ("©", "±") proves nothing either way.
    if (!/[A-Za-z]/.test(word)) continue;
    const decoded = decode(word);
    if (NEUTRAL.test(decoded)) continue;
    if (decoded === word) {
      if (!NEUTRAL.test(word) && !isVietnameseSyllable(word)) foreign++;
      continue;
    }
    const after = isVietnameseSyllable(decoded);
    if (!after) broken++;
    else if (!isVietnameseSyllable(word)) fixed++;
  }
  return { fixed, broken, foreign };
}

// A decoding must repair more than twice as many words as it breaks; a single
// repaired word counts only among Vietnamese words ("Loïc Dupont" is French,
// though VNI would read "Loïc" as "Lọc").
const convincing = (sc: Score): boolean =>
  sc.fixed > 0 && sc.fixed > 2 * sc.broken && (sc.fixed >= 2 || sc.foreign === 0);

/**
 * For DK16: whether `s` looks like Vietnamese typed in a legacy 8-bit font
 * encoding and read as Windows-1252 ("TCVN3": "Ph¹m V¨n Hïng"; "VNI":
 * "Phaïm Vaên Huøng"), or like UTF-8 read as Windows-1252 ("mojibake":
 * "Pháº¡m"). Undefined for anything else, in particular modern Unicode
 * Vietnamese (NFC or NFD), ASCII, other Latin-script names, e-mails, numbers.
 *
 * Known limits: a text whose every changed word is also a valid syllable
 * ("Hå" is caught, a lone TCVN3 "Chí" for "Chớ" is not) goes unflagged; a
 * very short legacy text mixed with foreign words may fall below the bar.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | undefined {
  const text = s.normalize("NFC");
  if (!/[\u0080-\u00ff\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]/.test(text)) return undefined;
  // Fast path for the common case: every word is already a Vietnamese syllable
  // (or an abbreviation), so no decoding can repair anything.
  if (
    (text.match(WORD) ?? []).every((w) => !/[A-Za-z]/.test(w) || NEUTRAL.test(w) || isVietnameseSyllable(w))
  ) {
    return undefined;
  }
  if (decodeMojibake(text).recovered > 0) return "mojibake";
  const scores: [LegacyEncoding, Score][] = [
    ["TCVN3", score(text, decodeTcvn3)],
    ["VNI", score(text, decodeVni)],
  ];
  let best: [LegacyEncoding, Score] | undefined;
  for (const entry of scores) {
    const [, sc] = entry;
    if (convincing(sc) && (!best || sc.fixed - sc.broken > best[1].fixed - best[1].broken)) best = entry;
  }
  return best?.[0];
}

/**
 * Best-effort Unicode (NFC) form of a text in the given legacy form, for the
 * "có phải là '…'?" hint. The whole text is decoded, on the assumption that
 * one cell was typed in one encoding.
 */
export function decodeLegacy(s: string, kind: LegacyEncoding): string {
  const text = s.normalize("NFC");
  switch (kind) {
    case "TCVN3":
      return decodeTcvn3(text).normalize("NFC");
    case "VNI":
      return decodeVni(text);
    case "mojibake":
      return decodeMojibake(text).text;
  }
}
