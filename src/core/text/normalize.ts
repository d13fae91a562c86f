/** Unicode NFC, trimmed, inner runs of white space collapsed to one space. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Key for matching headers and tab names: clean text, case-insensitive. */
export function headerKey(s: string): string {
  return cleanText(s).toLocaleLowerCase("vi");
}
