import { memo } from "./memo";

/** A leading or trailing space, a run of spaces, or any white space but the plain space. */
const UNCLEAN_SPACE = /^\s|\s$|\s\s|[^\S ]/u;

/**
 * Unicode NFC, trimmed, inner runs of white space collapsed to one space. Remembered: the
 * same units, titles and subjects fill thousands of rows.
 */
export const cleanText: (s: string) => string = memo((s) => {
  if (s === "") return s;
  const nfc = s.normalize("NFC");
  // Most cells are already clean: skip the rewrite when no space needs it.
  return UNCLEAN_SPACE.test(nfc) ? nfc.replace(/\s+/gu, " ").trim() : nfc;
});

/** Key for matching headers and tab names: clean text, case-insensitive. */
export const headerKey: (s: string) => string = memo((s) => cleanText(s).toLowerCase());
