/**
 * Decoders for the two 8-bit Vietnamese font encodings still met in old
 * documents, as their bytes look once read as Windows-1252/Latin-1 text
 * (what a paste from an old .doc or .xls in a .VnTime / VNI-Times font gives).
 */

// TCVN 5712:1993 "VN3" (TCVN3, ABC): one byte per letter, lower case only,
// plus seven capitals. Each char of TCVN3_BYTES decodes to the same position
// of TCVN3_LETTERS.
const TCVN3_LETTERS =
  "ĂÂÊÔƠƯĐăâêôơưđ" + "àảãáạằẳẵắặầẩẫấậ" + "èẻẽéẹềểễếệìỉĩíị" + "òỏõóọồổỗốộờởỡớợ" + "ùủũúụừửữứựỳỷỹýỵ";
const TCVN3_BYTES =
  "\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae" +
  "\u00b5\u00b6\u00b7\u00b8\u00b9\u00bb\u00bc\u00bd\u00be\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb" +
  "\u00cc\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00dc\u00dd\u00de" +
  "\u00df\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee" +
  "\u00ef\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe";

const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_BYTES.length; i++) TCVN3.set(TCVN3_BYTES[i]!, TCVN3_LETTERS[i]!);

/**
 * TCVN3 → Unicode (NFC). Capitals typed in the capital fonts (.VnTimeH) share
 * the lower-case bytes: in a word whose ASCII letters are all capitals, the
 * decoded letters are capitalised too ("NGUYÔN" → "NGUYỄN"); a word
 * with a single ASCII capital ("Lª") is taken for a capitalised word ("Lê").
 */
export function decodeTcvn3(s: string): string {
  return s.replace(/[^\s]+/g, (word) => {
    const ascii = word.replace(/[^A-Za-z]/g, "");
    const upper = ascii.length > 1 && ascii === ascii.toUpperCase();
    let out = "";
    for (const ch of word) {
      const letter = TCVN3.get(ch);
      out += letter === undefined ? ch : upper ? letter.toUpperCase() : letter;
    }
    return out;
  });
}

// VNI-Windows: a base letter followed by a mark byte. Marks as combining
// sequences (shape mark, then tone mark); capital marks are the capitals of
// the lower-case ones.
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRC = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031B";
const TONE: Record<string, string> = { ø: GRAVE, ù: ACUTE, û: HOOK, õ: TILDE, ï: DOT };
const HAT: Record<string, string> = {
  â: CIRC,
  á: CIRC + ACUTE,
  à: CIRC + GRAVE,
  å: CIRC + HOOK,
  ã: CIRC + TILDE,
  ä: CIRC + DOT,
};
const BOWL: Record<string, string> = {
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};
// Letters that are a single byte in VNI.
const SINGLE: Record<string, string> = {
  ô: `o${HORN}`,
  ö: `u${HORN}`,
  ñ: "đ",
  í: `i${ACUTE}`,
  ì: `i${GRAVE}`,
  æ: `i${HOOK}`,
  ó: `i${TILDE}`,
  ò: `i${DOT}`,
  î: `y${DOT}`,
};

function marksFor(base: string, mark: string): string | undefined {
  const b = base.toLowerCase();
  const m = mark.toLowerCase();
  if ("aeouy".includes(b) || b === "ô" || b === "ö") {
    if (TONE[m]) return TONE[m];
  }
  if ("aeo".includes(b) && HAT[m]) return HAT[m];
  if (b === "a" && BOWL[m]) return BOWL[m];
  return undefined;
}

function single(ch: string): string | undefined {
  const lower = SINGLE[ch.toLowerCase()];
  if (lower === undefined) return undefined;
  return ch === ch.toLowerCase() ? lower : lower.toUpperCase();
}

/** VNI-Windows → Unicode (NFC). Unmatched marks are kept as they are. */
export function decodeVni(s: string): string {
  let out = "";
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const base = single(ch) ?? ch;
    const marks = next === undefined || !/^[aeouyôöAEOUYÔÖ]$/.test(ch) ? undefined : marksFor(ch, next);
    if (marks !== undefined) {
      out += base + marks;
      i++;
    } else {
      out += base;
    }
  }
  return out.normalize("NFC");
}
