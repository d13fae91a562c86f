import { cleanText } from "./normalize";

/**
 * DK17: text that is not in the normalised form the checks use. The fix is
 * {@link normalizedForm} (`cleanText`, plus removal of zero-width characters).
 */

// Zero-width characters: invisible, not white space for `\s`, yet they make
// two equal-looking cells differ.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * True when `s` is not in normalised form: not Unicode NFC (e.g. NFD from a
 * Mac or the "Unicode tổ hợp" keyboard setting), leading or trailing white
 * space, repeated inner white space, white space other than a plain space
 * (non-breaking space, tab, line break), or zero-width characters.
 */
export function isNotNormalized(s: string): boolean {
  return cleanText(s) !== s || ZERO_WIDTH.test(s);
}

/**
 * The normalised value DK17 reports the checks used: `cleanText` (NFC, white
 * space collapsed to single spaces, trimmed) with zero-width characters
 * removed first.
 */
export function normalizedForm(s: string): string {
  return cleanText(s.replace(ZERO_WIDTH_ALL, ""));
}
