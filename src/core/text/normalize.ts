import { memo } from "./memo";

/** Unicode NFC, trimmed, inner runs of white space collapsed to one space. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Key for matching headers and tab names: clean text, case-insensitive. */
export const headerKey: (s: string) => string = memo((s) => cleanText(s).toLowerCase());
