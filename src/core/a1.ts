/** Column letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA (the one such function). */
export function columnLetters(column: number): string {
  let n = Math.floor(column);
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The 1-based column number of column letters: A → 1, Z → 26, AA → 27; 0 for ''. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
