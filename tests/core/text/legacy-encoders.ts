/**
 * Test-only encoders from Unicode to the legacy forms, written from the
 * published code tables independently of the decoders under test.
 */

// TCVN3 (TCVN 5712:1993, VN3), per base letter: [plain, grave, hook, tilde, acute, dot].
const TCVN3_ROWS: Record<string, string[]> = {
  a: ["a", "\u00b5", "\u00b6", "\u00b7", "\u00b8", "\u00b9"],
  ă: ["\u00a8", "\u00bb", "\u00bc", "\u00bd", "\u00be", "\u00c6"],
  â: ["\u00a9", "\u00c7", "\u00c8", "\u00c9", "\u00ca", "\u00cb"],
  e: ["e", "\u00cc", "\u00ce", "\u00cf", "\u00d0", "\u00d1"],
  ê: ["\u00aa", "\u00d2", "\u00d3", "\u00d4", "\u00d5", "\u00d6"],
  i: ["i", "\u00d7", "\u00d8", "\u00dc", "\u00dd", "\u00de"],
  o: ["o", "\u00df", "\u00e1", "\u00e2", "\u00e3", "\u00e4"],
  ô: ["\u00ab", "\u00e5", "\u00e6", "\u00e7", "\u00e8", "\u00e9"],
  ơ: ["\u00ac", "\u00ea", "\u00eb", "\u00ec", "\u00ed", "\u00ee"],
  u: ["u", "\u00ef", "\u00f1", "\u00f2", "\u00f3", "\u00f4"],
  ư: ["\u00ad", "\u00f5", "\u00f6", "\u00f7", "\u00f8", "\u00f9"],
  y: ["y", "\u00fa", "\u00fb", "\u00fc", "\u00fd", "\u00fe"],
};
const TCVN3_CAPITALS: Record<string, string> = {
  Ă: "\u00a1",
  Â: "\u00a2",
  Ê: "\u00a3",
  Ô: "\u00a4",
  Ơ: "\u00a5",
  Ư: "\u00a6",
  Đ: "\u00a7",
  đ: "\u00ae",
};
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

/** Splits a Vietnamese letter into its toneless letter (NFC) and tone index (0 = none). */
function split(ch: string): [string, number] {
  const d = ch.normalize("NFD");
  const toneIndex = TONES.findIndex((t, i) => i > 0 && d.includes(t));
  const bare = (toneIndex > 0 ? d.replace(TONES[toneIndex]!, "") : d).normalize("NFC");
  return [bare, Math.max(0, toneIndex)];
}

/** Unicode → TCVN3 as read in Windows-1252. Toned capitals use the lower-case bytes, as .VnTimeH does. */
export function encodeTcvn3(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const capital = TCVN3_CAPITALS[ch];
    const [bare, tone] = split(ch);
    const lower = bare.toLowerCase();
    const row = TCVN3_ROWS[lower];
    if (capital && tone === 0) out += capital;
    else if (row && (tone > 0 || row[0] !== lower)) out += row[tone];
    else out += ch;
  }
  return out;
}

// VNI-Windows marks, lower case; capitals use the capital marks.
const VNI_TONE = ["", "ø", "û", "õ", "ù", "ï"];
const VNI_HAT = ["â", "à", "å", "ã", "á", "ä"];
const VNI_BOWL = ["ê", "è", "ú", "ü", "é", "ë"];
const VNI_I = ["i", "ì", "æ", "ó", "í", "ò"];

/** Unicode → VNI-Windows as read in Windows-1252. */
export function encodeVni(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const [bare, tone] = split(ch);
    const lower = bare.toLowerCase();
    const upper = bare !== lower;
    const cased = (x: string) => (upper ? x.toUpperCase() : x);
    if (lower === "đ") out += cased("ñ");
    else if (lower === "i") out += cased(VNI_I[tone]!);
    else if (lower === "y" && tone === 5) out += cased("î");
    else if (lower === "â" || lower === "ê" || lower === "ô")
      out += cased(lower === "â" ? "a" : lower === "ê" ? "e" : "o") + cased(VNI_HAT[tone]!);
    else if (lower === "ă") out += cased("a") + cased(VNI_BOWL[tone]!);
    else if (lower === "ơ") out += cased("ô") + cased(VNI_TONE[tone]!);
    else if (lower === "ư") out += cased("ö") + cased(VNI_TONE[tone]!);
    else if ("aeouy".includes(lower) && lower !== "") out += cased(lower) + cased(VNI_TONE[tone]!);
    else out += ch;
  }
  return out;
}

/** Unicode → its UTF-8 bytes read as Windows-1252 (mojibake). */
export function encodeMojibake(s: string): string {
  return new TextDecoder("windows-1252").decode(Buffer.from(s.normalize("NFC"), "utf8"));
}
