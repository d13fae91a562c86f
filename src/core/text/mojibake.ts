/**
 * UTF-8 bytes read as Windows-1252 (or Latin-1): "Phạm" shows as "Pháº¡m",
 * "Nguyễn" as "Nguyá»…n". Decoded by hand: Apps Script has no TextDecoder.
 */

// Windows-1252 0x80–0x9F: the characters it puts where Latin-1 has controls.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const BYTE_OF = new Map<number, number>();
for (let i = 0; i < CP1252_HIGH.length; i++) BYTE_OF.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);

function byteOf(code: number): number | undefined {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return BYTE_OF.get(code) ?? (code <= 0x9f ? code : undefined);
}

// Letters of Vietnamese outside ASCII: a decoded sequence must give one of them.
const VIETNAMESE_LETTER = /^[àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ\u1ea0-\u1ef9]$/;

/** Result of {@link decodeMojibake}: the text and how many letters were recovered. */
export interface MojibakeDecoding {
  readonly text: string;
  readonly recovered: number;
}

function continuation(bytes: readonly (number | undefined)[], at: number, n: number): boolean {
  for (let k = 1; k <= n; k++) {
    const b = bytes[at + k];
    if (b === undefined || b < 0x80 || b > 0xbf) return false;
  }
  return true;
}

/**
 * Undoes UTF-8-read-as-Windows-1252 wherever a well-formed 2- or 3-byte UTF-8
 * sequence gives a Vietnamese letter; everything else is kept as it is, so a
 * partly damaged text is repaired where it can be. "Ã" before a space or at
 * the end of a word is read as "à": its second byte (0xA0, a non-breaking
 * space) is usually lost to space clean-up. `recovered` counts repaired
 * letters from well-formed sequences only (not the "Ã" guess); 0 means
 * the text does not look like mojibake.
 */
export function decodeMojibake(s: string): MojibakeDecoding {
  const bytes = Array.from(s, (ch) => byteOf(ch.charCodeAt(0)));
  const chars = Array.from(s);
  let text = "";
  let recovered = 0;
  for (let i = 0; i < chars.length; i++) {
    const b = bytes[i];
    let decoded: string | undefined;
    let used = 0;
    let counts = true;
    if (b !== undefined && b >= 0xc2 && b <= 0xdf && continuation(bytes, i, 1)) {
      decoded = String.fromCharCode(((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      used = 1;
    } else if (b !== undefined && b >= 0xe0 && b <= 0xef && continuation(bytes, i, 2)) {
      const code = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      decoded = String.fromCharCode(code);
      used = 2;
    } else if (b === 0xc3 && (chars[i + 1] === undefined || /\s/.test(chars[i + 1]!))) {
      decoded = "à";
      used = chars[i + 1] === "\u00a0" ? 1 : 0;
      counts = false;
    }
    if (decoded !== undefined && VIETNAMESE_LETTER.test(decoded)) {
      text += decoded;
      if (counts) recovered++;
      i += used;
    } else {
      text += chars[i];
    }
  }
  return { text: text.normalize("NFC"), recovered };
}
